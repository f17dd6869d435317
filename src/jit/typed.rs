//! The typed body of a loop (issue 6): when every instruction of the region
//! is an inline template, the registers it uses are given one type each for
//! the whole loop (small int, float, or plain word), checked ONCE at loop
//! entry, and kept unboxed in machine registers:
//! * `Int`: the small int shifted left by 2 (the tagged word minus 1), so
//!   add/sub are one instruction with the i64 overflow flag = 62-bit overflow
//!   and compares are direct;
//! * `Float`: an f64;
//! * `Word`: the tagged word (moved, stored, tested for truth only).
//!
//! Nothing in the typed body calls out (except the range-iterator check at
//! entry) or allocates, so the heap's `allocated` is loop-invariant and the
//! back-edge safepoint is one compare with `threshold`. Any guard that fails
//! (overflow, zero divisor, a loop exit, GC due) converts the unboxed values
//! to words in the generic body's variables and continues in the generic
//! body at the same instruction, which re-runs it with its complete guards and
//! step forms. An entry whose frame does not have the types goes to the
//! generic body directly. Types come from the frame at compile time; a
//! conflicting assignment (a register that would change type inside the loop)
//! means no typed body.
use super::*;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum Ty {
    Int,
    Float,
    Word,
}

type V = cranelift_codegen::ir::Value;

/// Register types at one point of the typed body.
pub(super) type Types = crate::fxhash::HashMap<u16, Ty>;

/// A call of a builtin conversion (`Tpl::Conv`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Conv {
    Int,
    Float,
}

/// The type object a conversion calls.
unsafe fn conv_obj(cx: &Ctx, c: Conv) -> Value {
    Value::from_ptr(match c {
        Conv::Int => cx.rt.types.int,
        Conv::Float => cx.rt.types.float,
    })
}

/// Which conversion `v` is (the builtin `int` or `float` type), if any.
unsafe fn conv_of(cx: &Ctx, v: Value) -> Option<Conv> {
    [Conv::Int, Conv::Float].into_iter().find(|&c| conv_obj(cx, c) == v)
}

/// `Tpl::Global` / `Tpl::Conv` as `template` guesses them from the handler
/// name, kept only for the builtin `int` or `float`: a global that holds it
/// now, and a one-argument call of a register loaded by such a global just
/// before (the typed body checks both again at run time); else `Tpl::Step`.
pub(super) unsafe fn refine(tpl: Tpl, ip: *const Inst, head: *const Inst, cx: &Ctx) -> Tpl {
    match tpl {
        Tpl::Global => match global_const(ip, cx) {
            Some(_) => Tpl::Global,
            None => Tpl::Step,
        },
        Tpl::Conv(_) => {
            let i = *ip;
            let base = |p: *const Inst| step_of(super::super::orig_handler(p)).map(|(_, name)| unfused(name).map_or(name, |u| u.0));
            let is = |p: *const Inst, name: &str| p >= head && base(p) == Some(name);
            let mut p = ip.wrapping_sub(1);
            if is(p, "locals::move_") && (*p).a != i.b {
                p = p.wrapping_sub(1);
            }
            match i.c == 1 && is(p, "locals::load_global") && (*p).a == i.b {
                true => global_conv(p, cx).map_or(Tpl::Step, Tpl::Conv),
                false => Tpl::Step,
            }
        }
        _ => tpl,
    }
}

/// The conversion global `ip` loads now, if it is `int` or `float`.
unsafe fn global_conv(ip: *const Inst, cx: &Ctx) -> Option<Conv> {
    let name = crate::vm::dispatch::aux_val(ip, 0);
    let v = (*cx.vm.globals).t.get_str(name).or_else(|| (*cx.rt.builtins).t.get_str(name))?;
    conv_of(cx, v)
}

/// The value global `ip` loads now, when the typed body can use it as a
/// constant: the builtin `int` or `float`, a small int or a self-tagged
/// float (`MAX_ITER = 50`). Nothing in a typed body can rebind a global, so
/// one check at entry (`global_word`) covers the whole entry.
unsafe fn global_const(ip: *const Inst, cx: &Ctx) -> Option<Value> {
    let name = crate::vm::dispatch::aux_val(ip, 0);
    let v = (*cx.vm.globals).t.get_str(name).or_else(|| (*cx.rt.builtins).t.get_str(name))?;
    (v.is_int() || v.is_float() || conv_of(cx, v).is_some()).then_some(v)
}

/// The current value of global `ip` loads (globals, then builtins), or 0.
/// First through `load_global`'s globals-entry cache (aux1 = entry index,
/// valid while that entry holds the name; see `locals::load_global`).
unsafe extern "C" fn global_word(ip: *const Inst, cx: &mut Ctx) -> u64 {
    let name = crate::vm::dispatch::aux_val(ip, 0);
    let w = crate::vm::dispatch::aux_val(ip, 1).raw();
    let es = &(*cx.vm.globals).t.entries;
    if let Some(e) = es.get(w as usize) {
        if e.key == name {
            return e.value.raw();
        }
    }
    if let Some(v) = (*cx.vm.globals).t.get_str(name) {
        return v.raw();
    }
    (*cx.rt.builtins).t.get_str(name).map_or(0, |v| v.raw())
}

/// `v` is a small int >= 0.
fn nonneg_int(v: Value) -> bool {
    v.is_int() && v.as_small() >= 0
}

fn ty_of(v: Value) -> Ty {
    if v.is_int() {
        Ty::Int
    } else if v.is_float() {
        Ty::Float
    } else {
        Ty::Word
    }
}

/// Typed bodies of at most this many instructions are unrolled (once, or
/// `COUNT_UNROLL` times when counted). The copies cost compile time: 16
/// instead of 8 made the gate's small sizes (which include compiling) grow
/// (arith_float 15.7M -> 22.9M, arith_int 12.8M -> 15.1M instructions, the
/// generic body compiled lazily), but per iteration they run 34 -> 27.45
/// and 33 -> 28.49, loop_nested 152 -> 131 (its inner loop): at the default
/// sizes ~58M instructions saved for ~1.4 ms more compiling.
const UNROLL_MAX: usize = 16;

/// Counted loops (of at most `UNROLL_MAX` instructions) run this many
/// iterations per test of their bound.
const COUNT_UNROLL: usize = 4;

/// A counted loop: its head tests `x < bound` (`for_range`'s cursor and
/// stop with a step of 1, or `jn_lt x, bound`), its body is straight-line
/// and adds `step` to x once (`for_range` itself, or one `x = x + c` with
/// a constant 0 < c <= 4, which `bounded` proves cannot overflow), and
/// nothing in it writes `bound`. Then `x < limit` (`bound - 3 * step`) at
/// the head proves the next 4 heads pass: copy 0 of the typed body is the
/// head alone, which runs copies 1..=4 (their heads without the test; the
/// safepoint in the 4th's back-edge) when it holds, and one iteration in
/// copy 5 when only `x < bound` does. A bail in any copy continues in the
/// generic body at that instruction, as everywhere.
#[derive(Clone, Copy)]
pub(super) struct Counted {
    x: u16,
    bound: u16,
    limit: V,
}

/// -1, loaded (not an immediate) where the typed body unboxes ints.
static MINUS_ONE: i64 = -1;

/// 2**61 and the f64 sign mask (bits), loaded where a typed body has `int(x)`.
static INT_RANGE: [u64; 2] = [0x43c0_0000_0000_0000, 0x7fff_ffff_ffff_ffff];

/// A helper of `spill`: `desc` is `[n, regs[n], bits[n]]`; every listed
/// register of frame `fp` still holding `None` gets its float `bits` boxed
/// (the others self-tagged). Returns 0 (the step signature).
unsafe extern "C" fn box_floats(cx: &mut Ctx, fp: *mut Value, desc: *const u64) -> u64 {
    let n = *desc as usize;
    for j in 0..n {
        let r = *desc.add(1 + j) as usize;
        // SAFETY: `r` is a register of the frame the compiled code runs in.
        let slot = fp.add(r);
        if *slot == Value::none() {
            *slot = cx.new_float(f64::from_bits(*desc.add(1 + n + j)));
        }
    }
    0
}

impl<'a, 'b> Gen<'a, 'b> {
    /// The type of every register the typed body keeps, before each
    /// instruction (flow-sensitive: the compiler reuses temporaries for
    /// values of different types). Starts from the frame at compile time (the
    /// state at the loop head); where paths meet, the registers still live
    /// (and named locals) must agree. None when they do not, an operation has
    /// no typed template, or there is no feedback.
    pub(super) unsafe fn infer_types(&mut self) -> Option<Vec<Types>> {
        if self.feedback.is_null() || self.vars.is_empty() || std::env::var_os("TAURARO_JIT_NOTYPED").is_some() {
            return None;
        }
        self.live = self.liveness();
        let keep = |g: &Self, r: u16, k: usize| r < g.nvars || g.live[k].contains(&r);
        let mut head: Types = Default::default();
        for &r in self.vars.keys() {
            if keep(self, r, 0) {
                head.insert(r, ty_of(*self.feedback.add(r as usize)));
            }
        }
        let mut st: Vec<Option<Types>> = vec![None; self.n];
        st[0] = Some(head);
        let mut work = vec![0usize];
        while let Some(k) = work.pop() {
            let s = st[k].clone()?;
            let Some((out, succ)) = self.apply(k, &s) else {
                if std::env::var_os("TAURARO_JIT_DUMP").is_some() {
                    eprintln!("jit: no typed body: instruction {k} {:?} {s:?}", self.tpl_of(k).0);
                }
                return None;
            };
            for (j, via_next) in succ {
                let src = if via_next { &out } else { &s };
                let f: Types = src.iter().filter(|(r, _)| keep(self, **r, j)).map(|(r, t)| (*r, *t)).collect();
                match &st[j] {
                    None => {
                        st[j] = Some(f);
                        work.push(j);
                    }
                    Some(old) if *old == f => {}
                    Some(_) => {
                        if std::env::var_os("TAURARO_JIT_DUMP").is_some() {
                            eprintln!("jit: no typed body: types differ where paths meet at {j}");
                        }
                        return None;
                    }
                }
            }
        }
        // Unreachable instructions keep an empty state.
        Some(st.into_iter().map(Option::unwrap_or_default).collect())
    }

    /// Types after instruction `k` from those before (`s`), and its in-region
    /// successors (flag: reached through the fall-through edge, where the
    /// writes happen); None when it has no typed template for them.
    unsafe fn apply(&self, k: usize, s: &Types) -> Option<(Types, Vec<(usize, bool)>)> {
        let (tpl, _, _) = self.tpl_of(k);
        let ip = self.ip(k);
        let i = *ip;
        let t = |r: u16| s.get(&r).copied();
        let num = |r: u16| t(r).filter(|x| *x != Ty::Word);
        let mut out = s.clone();
        let mut set = |r: u16, ty: Ty| {
            out.insert(r, ty);
        };
        match tpl {
            Tpl::Move => set(i.a, t(i.b)?),
            Tpl::LoadConst => set(i.a, ty_of(crate::vm::dispatch::aux_val(ip, 0))),
            Tpl::Arith(op) => {
                let (x, y) = (num(i.b)?, num(i.c)?);
                let r = match (op, x == Ty::Int && y == Ty::Int) {
                    (Ar::TrueDiv, _) => Ty::Float,
                    (_, true) => Ty::Int,
                    (Ar::FloorDiv | Ar::Mod, false) => return None,
                    (_, false) => Ty::Float,
                };
                set(i.a, r);
            }
            Tpl::Cmp(_) => {
                if num(i.b)? != num(i.c)? {
                    return None;
                }
                set(i.a, Ty::Word);
            }
            Tpl::JumpIfNot(_) => {
                if num(i.a)? != num(i.b)? {
                    return None;
                }
            }
            Tpl::JumpIfFalse | Tpl::JumpIfTrue => {
                if t(i.a)? == Ty::Float {
                    return None;
                }
            }
            Tpl::ForRange => {
                if ![i.a, i.a + 1, i.a + 2].iter().all(|&r| t(r) == Some(Ty::Int)) {
                    return None;
                }
                set(i.b, Ty::Int);
            }
            // The iterator register must stay the same object.
            Tpl::ForIter => {
                if t(i.a)? != Ty::Word || self.written.contains(&i.a) {
                    return None;
                }
                set(i.b, Ty::Int);
            }
            Tpl::Jump | Tpl::Back => {}
            Tpl::Global => set(i.a, ty_of(self.global_obj(k))),
            Tpl::Conv(c) => {
                if t(i.b)? != Ty::Word {
                    return None;
                }
                num(i.b + 1)?;
                set(i.a, if c == Conv::Int { Ty::Int } else { Ty::Float });
            }
            Tpl::Step | Tpl::Exit => return None,
        }
        let mut succ = Vec::new();
        let mut add = |p: *const Inst, via_next: bool| {
            if self.block_of(p).is_some() {
                succ.push(((p as usize - self.head as usize) / std::mem::size_of::<Inst>(), via_next));
            }
        };
        match tpl {
            Tpl::Jump | Tpl::Back => add(crate::vm::dispatch::target(ip), true),
            Tpl::JumpIfNot(_) | Tpl::JumpIfFalse | Tpl::JumpIfTrue | Tpl::ForRange | Tpl::ForIter => {
                add(ip.add(1), true);
                add(crate::vm::dispatch::target(ip), false);
            }
            _ => add(ip.add(1), true),
        }
        Some((out, succ))
    }

    /// Emit the typed body (the current block is the entry, after the
    /// handler guards; `generic` is the generic body's first block). `pre`:
    /// the entry at the code's start (its block, the constants it stored,
    /// and the head entry's block, which reloads the frame).
    pub(super) unsafe fn emit_typed(&mut self, states: Vec<Types>, pre: Option<(Block, crate::fxhash::HashMap<u16, Value>, Block)>) {
        let generic = self.generic_entry();
        let ty = states[0].clone();
        let mut regs: Vec<u16> = ty.keys().copied().collect();
        regs.sort();
        let consts = self.hoisted_consts(&ty);
        self.tconsts = consts.clone();
        self.tstates = states.clone();
        self.tnn = self.nonneg();
        // The entry checks and unboxing, for the head (the current block)
        // and the code's start (`pre`, whose constants need no checks).
        let setup = self.b.create_block();
        self.typed_entry(&regs, &ty, &Default::default(), setup);
        // Loops with floats take the head's checks for the start too (`main`,
        // which reloads the stored constants): with a second typed entry
        // the register allocator did worse in the loop (arith_mixed 97 ->
        // 103, arith_float 33.9 -> 35 instructions per iteration). So do
        // loops that ran most of their back-edges in this entry (compiling
        // the second entry costs ~0.3M instructions: loop_nested's outer
        // loop, called once).
        if let Some((bl, known, main)) = pre {
            self.b.switch_to_block(bl);
            if !self.entered_often() || self.tstates.iter().any(|t| t.values().any(|t| *t == Ty::Float)) {
                self.b.ins().jump(main, &[]);
            } else {
                self.typed_entry(&regs, &ty, &known, setup);
            }
        }
        self.b.switch_to_block(setup);
        // The hoisted constants, as one value each (a value per entry would
        // meet as a block parameter: no immediates, divisions by a register).
        for (&r, c) in &consts {
            let v = match ty[&r] {
                Ty::Float => self.b.ins().f64const(c.as_float()),
                _ => self.iconst(c.raw() - 1),
            };
            let var = self.tvar(r, ty[&r]);
            self.b.def_var(var, v);
        }
        // Range iterators of `for_iter` (loop-invariant registers).
        for k in 0..self.n {
            if matches!(self.tpl_of(k).0, Tpl::ForIter) {
                let it = self.b.use_var(self.vars[&(*self.ip(k)).a]);
                let f = self.iconst(range_iter as *const () as u64);
                let call = self.b.ins().call_indirect(self.one_ref, f, &[it]);
                let r = self.b.inst_results(call)[0];
                let go = self.b.create_block();
                self.b.ins().brif(r, go, &[], generic, &[]);
                self.b.switch_to_block(go);
            }
        }
        // Globals loaded as conversions still hold them (nothing in the
        // typed body can rebind a global).
        for k in 0..self.n {
            if matches!(self.tpl_of(k).0, Tpl::Global) {
                let ipv = self.iconst(self.ip(k) as u64);
                let f = self.iconst(global_word as *const () as u64);
                let cx = self.cx();
                let call = self.b.ins().call_indirect(self.two_ref, f, &[ipv, cx]);
                let r = self.b.inst_results(call)[0];
                let want = self.global_obj(k);
                let same = self.b.ins().icmp_imm_s(IntCC::Equal, r, want.raw() as i64);
                let go = self.b.create_block();
                self.b.ins().brif(same, go, &[], generic, &[]);
                self.b.switch_to_block(go);
            }
        }
        if (0..self.n).any(|k| matches!(self.tpl_of(k).0, Tpl::Conv(Conv::Int))) {
            let p = self.iconst(INT_RANGE.as_ptr() as u64);
            let hi = self.b.ins().load(types::F64, mem(), p, 0);
            let mask = self.b.ins().load(types::F64, mem(), p, 8);
            self.tint_range = Some((hi, mask));
        }
        self.tstates = states;
        let cx = self.cx();
        self.alloc0 = Some(self.b.ins().load(I64, mem(), cx, self.offs.allocated));
        // The frame pointer waits in a stack slot (see `fpv`): only the
        // bails and exits use it. Measured: arith_float 40 -> 38
        // instructions per iteration; int loops in a register then moved it
        // between two registers around the loop once their bails were shared
        // (`bail`): loop_while 7.0 -> 6.5.
        let fp = self.fp();
        self.fp_slot = Some(self.wait_in_slot(fp));
        // `cx` too waits in a stack slot: the back-edge's threshold load
        // reads a copy made here, and the exits re-read it (`refetch_cx`).
        // With the one value for both, live across the loop, the register
        // allocator moved it between two registers in every iteration
        // (loop_for 18 -> 16 instructions).
        let cx = self.cx();
        let slot = self.wait_in_slot(cx);
        self.cx_slot = Some(slot);
        self.tcx = Some(self.b.ins().stack_load(I64, I64, slot, 0));
        // Small loops are unrolled once: two copies of the body, each
        // back-edge going to the other copy, the safepoint check only in the
        // second (one per two iterations), and the register allocator free
        // to rotate registers between copies (`a, b = b, a + b` needs no
        // moves). Measured (perf/jit-instr.sh, instructions per iteration):
        // loop_for 13 -> 10, loop_while 11 -> 9, fib_iter 652 -> 545 per call.
        // Counted loops go further (see `Counted`).
        self.tcount = self.counted();
        self.tcopies = match self.tcount {
            Some(_) => COUNT_UNROLL + 2,
            None if self.n <= UNROLL_MAX => 2,
            None => 1,
        };
        self.tblocks = (0..self.n * self.tcopies).map(|_| self.b.create_block()).collect();
        self.b.ins().jump(self.tblocks[0], &[]);
        for c in 0..self.tcopies {
            self.tcopy = c;
            for k in 0..self.n {
                match self.tcount {
                    Some(_) if c == 0 && k > 0 => continue,
                    Some(cl) if c == 0 => {
                        self.b.switch_to_block(self.tblocks[0]);
                        self.counted_head(cl);
                    }
                    _ => {
                        self.b.switch_to_block(self.tblocks[c * self.n + k]);
                        self.typed_inst(k);
                    }
                }
            }
        }
        if let Some(bl) = self.lazy_exit {
            self.b.set_cold_block(bl);
            self.b.switch_to_block(bl);
            self.set_flags(&[super::super::F_GENERIC, super::super::F_STALE]);
            self.exit_at(self.head);
        }
    }

    /// One entry of the typed body (see `emit_typed`): every register has
    /// its type (else the generic body), then the unboxed variables; on to
    /// `setup`. Registers in `known` hold those constants (no check).
    unsafe fn typed_entry(&mut self, regs: &[u16], ty: &Types, known: &crate::fxhash::HashMap<u16, Value>, setup: Block) {
        let generic = self.generic_entry();
        let consts = self.tconsts.clone();
        let mut bad = self.iconst(0);
        for &r in regs {
            if let Some(c) = known.get(&r) {
                let fits = ty_of(*c) == ty[&r] || ty[&r] == Ty::Word;
                let sign = !self.tnn.contains(&r) || nonneg_int(*c);
                if !fits || !sign || consts.get(&r).is_some_and(|h| h != c) {
                    self.b.ins().jump(generic, &[]);
                    return;
                }
                continue;
            }
            // A register the loop writes before reading it (`t` in `t = a + b`
            // at the head of `while`, unbound at the first entry from above)
            // needs no check when it is an int: unboxing and writing back
            // an unread int register is the identity on its word.
            if ty[&r] == Ty::Int && !self.live[0].contains(&r) && !consts.contains_key(&r) {
                continue;
            }
            let w = self.b.use_var(self.vars[&r]);
            if let Some(c) = consts.get(&r) {
                let b = self.b.ins().bxor_imm_s(w, c.raw() as i64);
                bad = self.b.ins().bor(bad, b);
                continue;
            }
            let b = match ty[&r] {
                Ty::Int => {
                    let x = self.b.ins().bxor_imm_s(w, 1);
                    self.b.ins().band_imm_s(x, 3)
                }
                Ty::Float => {
                    let x = self.b.ins().bnot(w);
                    self.b.ins().band_imm_s(x, 2)
                }
                Ty::Word => continue,
            };
            bad = self.b.ins().bor(bad, b);
        }
        let go = self.b.create_block();
        self.b.ins().brif(bad, generic, &[], go, &[]);
        self.b.switch_to_block(go);
        // Registers assumed non-negative (`nonneg`) that the loop reads
        // first: one test of their bitwise or; a negative one sends this
        // entry to the generic body and the loop to be compiled again
        // without sign assumptions (`F_NOSIGN`).
        let mut signs = None;
        for &r in regs {
            if self.tnn.contains(&r) && !known.contains_key(&r) && !consts.contains_key(&r) && self.live[0].contains(&r) {
                let w = self.b.use_var(self.vars[&r]);
                signs = Some(match signs {
                    None => w,
                    Some(o) => self.b.ins().bor(o, w),
                });
            }
        }
        if let Some(o) = signs {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, o, 0);
            let nosign = self.b.create_block();
            self.b.set_cold_block(nosign);
            let go = self.b.create_block();
            self.b.ins().brif(neg, nosign, &[], go, &[]);
            self.b.switch_to_block(nosign);
            self.set_flags(&[super::super::F_NOSIGN, super::super::F_STALE]);
            self.b.ins().jump(generic, &[]);
            self.b.switch_to_block(go);
        }
        // Unboxed variables. Cranelift rematerializes ALU-with-immediate ops
        // at every use, which would put the unboxing of loop-invariant
        // registers back into the loop: subtract a -1 loaded from memory.
        let m1 = self.iconst(&MINUS_ONE as *const i64 as u64);
        let m1 = self.b.ins().load(I64, mem(), m1, 0);
        for &r in regs {
            if consts.contains_key(&r) {
                // Defined once after the entries meet (`emit_typed`).
                continue;
            }
            let w = self.b.use_var(self.vars[&r]);
            let v = match (ty[&r], known.get(&r)) {
                (Ty::Int, Some(c)) => self.iconst(c.raw() - 1),
                (Ty::Float, Some(c)) => self.b.ins().f64const(c.as_float()),
                (Ty::Int, _) => self.b.ins().iadd(w, m1),
                (Ty::Float, _) => self.unbox_f(w),
                (Ty::Word, _) => w,
            };
            let var = self.tvar(r, ty[&r]);
            self.b.def_var(var, v);
        }
        self.b.ins().jump(setup, &[]);
    }

    /// Int registers whose every value in the typed body is >= 0, as far as
    /// it matters: the operands of int adds whose operands are both such
    /// registers (their overflow test is then the sign of the sum: x + y of
    /// two non-negative shifted ints wraps iff it is negative, one test
    /// instead of the overflow flag's three instructions), and the
    /// registers their values come from. A register qualifies when the
    /// frame holds a non-negative int in it now (or it is not read before
    /// written) and every write of an int to it in the region is a
    /// non-negative constant, a move or sum or product of qualifying
    /// registers (an overflow bails before the result exists), or a
    /// `for_range` step of qualifying cursor and step. The entry tests the
    /// ones it reads first (`typed_entry`). Empty after `F_NOSIGN`.
    unsafe fn nonneg(&self) -> crate::fxhash::HashSet<u16> {
        let mut out: crate::fxhash::HashSet<u16> = Default::default();
        if *self.flags.add(super::super::F_NOSIGN) != 0 {
            return out;
        }
        let st = &self.tstates;
        let int = |k: usize, r: u16| st[k].get(&r) == Some(&Ty::Int);
        // Sources of each int write: None when it can be negative.
        let writes: Vec<(u16, Option<Vec<u16>>)> = (0..self.n)
            .flat_map(|k| {
                let i = *self.ip(k);
                let (tpl, _, _) = self.tpl_of(k);
                let next = self.apply(k, &st[k]).map(|x| x.0).unwrap_or_default();
                let w: Vec<(u16, Option<Vec<u16>>)> = match tpl {
                    Tpl::LoadConst => vec![(i.a, nonneg_int(crate::vm::dispatch::aux_val(self.ip(k), 0)).then(Vec::new))],
                    Tpl::Global => vec![(i.a, nonneg_int(self.global_obj(k)).then(Vec::new))],
                    Tpl::Move => vec![(i.a, Some(vec![i.b]))],
                    Tpl::Arith(Ar::Add | Ar::Mul) if int(k, i.b) && int(k, i.c) => vec![(i.a, Some(vec![i.b, i.c]))],
                    Tpl::Arith(Ar::Mod) if int(k, i.b) && self.divisor(i.c).is_some() => vec![(i.a, Some(Vec::new()))],
                    Tpl::Arith(Ar::FloorDiv) if int(k, i.b) && self.divisor(i.c).is_some() => vec![(i.a, Some(vec![i.b]))],
                    Tpl::ForRange => vec![(i.b, Some(vec![i.a])), (i.a, Some(vec![i.a, i.a + 2]))],
                    _ => self.operands(tpl, &i).1.into_iter().map(|r| (r, None)).collect(),
                };
                w.into_iter().filter(|(r, _)| next.get(r) == Some(&Ty::Int)).collect::<Vec<_>>()
            })
            .collect();
        // Temporaries (written before read, so not typed at the head)
        // qualify through their writes.
        let mut nn: crate::fxhash::HashSet<u16> = st[0]
            .iter()
            .filter(|(r, t)| **t == Ty::Int && (!self.live[0].contains(r) || nonneg_int(*self.feedback.add(**r as usize))))
            .map(|(r, _)| *r)
            .chain(writes.iter().map(|w| w.0).filter(|r| !self.live[0].contains(r)))
            .collect();
        let mut changed = true;
        while changed {
            changed = false;
            for (r, src) in &writes {
                let ok = src.as_ref().is_some_and(|s| s.iter().all(|x| nn.contains(x)));
                if !ok && nn.remove(r) {
                    changed = true;
                }
            }
        }
        // What matters: operands of qualifying adds and subtractions,
        // dividends of divisions by a constant (`divmod_const`), factors
        // of products with one (`scaled`), and their sources.
        let mut work: Vec<u16> = (0..self.n)
            .filter_map(|k| {
                let i = *self.ip(k);
                match self.tpl_of(k).0 {
                    Tpl::Arith(Ar::Add | Ar::Sub) if nn.contains(&i.b) && nn.contains(&i.c) => Some(vec![i.b, i.c]),
                    Tpl::Arith(Ar::Mul) if nn.contains(&i.b) && self.divisor(i.c).is_some() => Some(vec![i.b]),
                    Tpl::Arith(Ar::Mul) if nn.contains(&i.c) && self.divisor(i.b).is_some() => Some(vec![i.c]),
                    Tpl::Arith(Ar::FloorDiv | Ar::Mod) if nn.contains(&i.b) && self.divisor(i.c).is_some() => Some(vec![i.b]),
                    _ => None,
                }
            })
            .flatten()
            .collect();
        while let Some(r) = work.pop() {
            if out.insert(r) {
                for (w, src) in &writes {
                    if *w == r {
                        work.extend(src.iter().flatten().copied());
                    }
                }
            }
        }
        out
    }

    /// Whether the loop reached the JIT threshold over several entries (so
    /// that its code is likely entered again and again): the int its head
    /// tests (`while i < n`'s i, a range cursor) is below half the threshold
    /// now, at compile time.
    unsafe fn entered_often(&self) -> bool {
        let x = *self.feedback.add((*self.head).a as usize);
        let half = (*self.cxp).vm.jit_threshold as i64 / 2;
        matches!(self.tpl_of(0).0, Tpl::JumpIfNot(_) | Tpl::ForRange) && x.is_int() && x.as_small().abs() < half
    }

    /// The counted loop this typed body is, if any (see `Counted`), with
    /// its limit computed at entry (before the loop).
    unsafe fn counted(&mut self) -> Option<Counted> {
        let n = self.n;
        if n > UNROLL_MAX || !matches!(self.tpl_of(n - 1).0, Tpl::Back) || crate::vm::dispatch::target(self.ip(n - 1)) != self.head {
            return None;
        }
        // The head's exit leaves the region; the body is straight-line.
        if self.block_of(crate::vm::dispatch::target(self.head)).is_some() {
            return None;
        }
        let mut writes: Vec<(usize, u16)> = Vec::new();
        for k in 1..n - 1 {
            let tpl = self.tpl_of(k).0;
            if !matches!(tpl, Tpl::Move | Tpl::LoadConst | Tpl::Arith(_) | Tpl::Cmp(_) | Tpl::Global | Tpl::Conv(_)) {
                return None;
            }
            writes.extend(self.operands(tpl, &*self.ip(k)).1.into_iter().map(|r| (k, r)));
        }
        let int = |g: &Self, r: u16| g.tstates[0].get(&r) == Some(&Ty::Int);
        let h = *self.head;
        let (x, bound, step) = match self.tpl_of(0).0 {
            Tpl::ForRange => {
                let step_one = self.tconsts.get(&(h.a + 2)) == Some(&Value::from_small(1));
                if !step_one || !int(self, h.a) || !int(self, h.a + 1) || writes.iter().any(|w| (h.a..=h.a + 2).contains(&w.1)) {
                    return None;
                }
                (h.a, h.a + 1, 4)
            }
            Tpl::JumpIfNot(IntCC::SignedLessThan) => {
                let (x, bound) = (h.a, h.b);
                if x == bound || !int(self, x) || !int(self, bound) || writes.iter().any(|w| w.1 == bound) {
                    return None;
                }
                let xw: Vec<usize> = writes.iter().filter(|w| w.1 == x).map(|w| w.0).collect();
                let [k] = xw[..] else { return None };
                let i = *self.ip(k);
                if !matches!(self.tpl_of(k).0, Tpl::Arith(Ar::Add)) || i.b != x || i.c == x {
                    return None;
                }
                (x, bound, self.addend(Ar::Add, i.c).filter(|c| (1..=4).contains(c))?)
            }
            _ => return None,
        };
        // limit = bound - (COUNT_UNROLL - 1) * step, or i64::MIN (no
        // unrolled round) where that would wrap.
        let d = (COUNT_UNROLL as i64 - 1) * step;
        let var = self.tvar(bound, Ty::Int);
        let bnd = self.b.use_var(var);
        let low = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, bnd, i64::MIN + d);
        let l0 = self.b.ins().iadd_imm_s(bnd, -d);
        let min = self.iconst(i64::MIN as u64);
        let limit = self.b.ins().select(low, min, l0);
        Some(Counted { x, bound, limit })
    }

    /// Copy 0 of a counted loop: its head only. `x < limit`: the next
    /// `COUNT_UNROLL` iterations run in copies 1..=COUNT_UNROLL without
    /// their head tests; else `x < bound`: one iteration in the last copy
    /// (a remainder, so that the unrolled copies need no register moves to
    /// meet it); else the loop's exit. Both come back here.
    unsafe fn counted_head(&mut self, cl: Counted) {
        self.tcur = self.tstates[0].clone();
        self.tnext = self.tcur.clone();
        let x = self.tget(cl.x);
        let fast = self.b.ins().icmp(IntCC::SignedLessThan, x, cl.limit);
        let rest = self.b.create_block();
        self.b.ins().brif(fast, self.tblocks[self.n], &[], rest, &[]);
        self.b.switch_to_block(rest);
        let bnd = self.tget(cl.bound);
        let more = self.b.ins().icmp(IntCC::SignedLessThan, x, bnd);
        let done = self.b.create_block();
        self.b.set_cold_block(done);
        self.b.ins().brif(more, self.tblocks[(COUNT_UNROLL + 1) * self.n], &[], done, &[]);
        self.b.switch_to_block(done);
        self.tgoto(crate::vm::dispatch::target(self.head));
    }

    /// Constants hoisted out of the loop by the compiler: registers the
    /// region only reads, loaded by the run of `LoadConst`s just before the
    /// loop head, holding an int or float. The typed body uses them as
    /// immediates (division by a constant, no zero test), guarded at entry
    /// by one compare of the word. Also the step register of an unboxed
    /// range (`for_range`) when it holds 1 now (`range(n)`, `range(a, b)`):
    /// the cursor then steps by an immediate.
    unsafe fn hoisted_consts(&self, ty: &crate::fxhash::HashMap<u16, Ty>) -> crate::fxhash::HashMap<u16, Value> {
        let mut out: crate::fxhash::HashMap<u16, Value> = Default::default();
        for k in 0..self.n {
            let r = (*self.ip(k)).a + 2;
            if matches!(self.tpl_of(k).0, Tpl::ForRange)
                && !self.written.contains(&r)
                && ty.get(&r) == Some(&Ty::Int)
                && *self.feedback.add(r as usize) == Value::from_small(1)
            {
                out.insert(r, Value::from_small(1));
            }
        }
        let Some(start) = self.code_start else { return out };
        let mut p = self.head;
        while p > start {
            p = p.sub(1);
            let is_lc = step_of(super::super::orig_handler(p)).is_some_and(|(_, name)| name == "locals::load_const" || name.starts_with("fused::lc_"));
            if !is_lc {
                break;
            }
            let (r, c) = ((*p).a, crate::vm::dispatch::aux_val(p, 0));
            if out.contains_key(&r) || self.written.contains(&r) || !ty.contains_key(&r) {
                continue;
            }
            if (c.is_int() && ty[&r] == Ty::Int) || (c.is_float() && ty[&r] == Ty::Float) {
                out.insert(r, c);
            }
        }
        out
    }

    /// Registers live at each instruction of the region (backward dataflow
    /// over the region's own edges; leaving the region reads nothing, which
    /// `transfer` accounts for by always writing back named locals).
    unsafe fn liveness(&self) -> Vec<crate::fxhash::HashSet<u16>> {
        let n = self.n;
        let mut live: Vec<crate::fxhash::HashSet<u16>> = vec![Default::default(); n];
        let succ = |k: usize| -> Vec<usize> {
            let ip = self.ip(k);
            let (tpl, _, _) = self.tpl_of(k);
            let mut v = Vec::new();
            let mut add = |p: *const Inst| {
                if self.block_of(p).is_some() {
                    v.push((p as usize - self.head as usize) / std::mem::size_of::<Inst>());
                }
            };
            match tpl {
                Tpl::Jump | Tpl::Back => add(crate::vm::dispatch::target(ip)),
                Tpl::JumpIfNot(_) | Tpl::JumpIfFalse | Tpl::JumpIfTrue | Tpl::ForRange | Tpl::ForIter => {
                    add(ip.add(1));
                    add(crate::vm::dispatch::target(ip));
                }
                _ => add(ip.add(1)),
            }
            v
        };
        let ops: Vec<(Vec<u16>, Vec<u16>)> = (0..n).map(|k| self.operands(self.tpl_of(k).0, &*self.ip(k))).collect();
        let succs: Vec<Vec<usize>> = (0..n).map(succ).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for k in (0..n).rev() {
                // Writes happen on the edge to the next instruction only
                // (`for` writes nothing when it jumps out).
                let mut l: crate::fxhash::HashSet<u16> = Default::default();
                let next = k + 1;
                if succs[k].contains(&next) {
                    l.extend(live[next].iter().copied());
                    for r in &ops[k].1 {
                        l.remove(r);
                    }
                }
                for &s in succs[k].iter().filter(|&&s| s != next) {
                    l.extend(live[s].iter().copied());
                }
                l.extend(ops[k].0.iter().copied());
                if l != live[k] {
                    live[k] = l;
                    changed = true;
                }
            }
        }
        live
    }

    /// The shifted constant `x + c` adds for `x op r` when `r` is a constant
    /// register (`op` add or sub; None when negating it overflows).
    fn addend(&self, op: Ar, r: u16) -> Option<i64> {
        let c = self.tconsts.get(&r)?.raw() as i64 - 1;
        if op == Ar::Sub {
            c.checked_neg()
        } else {
            Some(c)
        }
    }

    /// The value of constant register `r` if it is a positive small int
    /// (a divisor `divmod_const` handles).
    fn divisor(&self, r: u16) -> Option<i64> {
        self.tconsts.get(&r).filter(|c| c.is_int() && c.as_small() > 0).map(|c| c.as_small())
    }

    /// For a product `x * c` or `c * x` (instruction `i`) of a register
    /// `x` kept non-negative (`nonneg`) and a constant small int `c > 0`:
    /// x and c.
    fn scaled(&self, i: &Inst) -> Option<(u16, i64)> {
        match (self.divisor(i.b), self.divisor(i.c)) {
            (_, Some(c)) if self.tnn.contains(&i.b) => Some((i.b, c)),
            (Some(c), _) if self.tnn.contains(&i.c) => Some((i.c, c)),
            _ => None,
        }
    }

    /// `x // c` or `x % c` (shifted int `x`, small int `c > 0`): no zero
    /// test, and no fits test (|x // c| <= |x|, 0 <= x % c < c). A power of
    /// two is a shift or a mask (floor semantics for either sign); else a
    /// non-negative `x` (`nonneg`) divides unsigned (no sign fix-up), and a
    /// signed quotient is moved down by one where the remainder is
    /// negative. Cranelift turns the divisions by a constant into
    /// multiplications. arith_int's `i // 2` took 17 instructions and
    /// `i % 7` 22 with the generic sequence.
    fn divmod_const(&mut self, op: Ar, x: V, c: i64, nonneg: bool) -> V {
        if c & (c - 1) == 0 {
            return match op {
                Ar::FloorDiv => {
                    let s = self.b.ins().sshr_imm_s(x, c.trailing_zeros() as i64);
                    self.b.ins().band_imm_s(s, !3)
                }
                _ => self.b.ins().band_imm_s(x, (c - 1) << 2),
            };
        }
        let cv = self.b.ins().iconst(I64, c);
        let r = if nonneg {
            let xi = self.b.ins().ushr_imm_s(x, 2);
            match op {
                Ar::FloorDiv => self.b.ins().udiv(xi, cv),
                _ => self.b.ins().urem(xi, cv),
            }
        } else {
            let xi = self.b.ins().sshr_imm_s(x, 2);
            let q = self.b.ins().sdiv(xi, cv);
            let qc = self.b.ins().imul(q, cv);
            let rem = self.b.ins().isub(xi, qc);
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rem, 0);
            match op {
                Ar::FloorDiv => {
                    let adj = self.b.ins().uextend(I64, neg);
                    self.b.ins().isub(q, adj)
                }
                _ => {
                    let rc = self.b.ins().iadd(rem, cv);
                    self.b.ins().select(neg, rc, rem)
                }
            }
        };
        self.b.ins().ishl_imm_s(r, 2)
    }

    /// Whether `x + c` (shifted ints) at instruction `k` cannot overflow
    /// because a compare just before proves it: on every path to `k` (a
    /// straight run of instructions no branch enters) a `jn_lt x, y` fell
    /// through (x < y <= max, so x + c fits for 0 < c <= 4: `i = i + 1`
    /// under `while i < n`), or a `jn_gt x, y` for -4 <= c < 0, and nothing
    /// in between wrote x; or x is the result of a `% c` there (c > 0).
    unsafe fn bounded(&self, k: usize, x: u16, c: i64) -> bool {
        let targets: Vec<usize> = (0..self.n)
            .filter(|&j| {
                matches!(
                    self.tpl_of(j).0,
                    Tpl::Jump | Tpl::Back | Tpl::JumpIfNot(_) | Tpl::JumpIfFalse | Tpl::JumpIfTrue | Tpl::ForRange | Tpl::ForIter
                )
            })
            .filter_map(|j| self.block_of(crate::vm::dispatch::target(self.ip(j))).map(|_| (crate::vm::dispatch::target(self.ip(j)) as usize - self.head as usize) / std::mem::size_of::<Inst>()))
            .collect();
        let mut j = k;
        while j > 0 && !targets.contains(&j) {
            j -= 1;
            let (tpl, _, _) = self.tpl_of(j);
            let i = *self.ip(j);
            let ints = |a: u16, b: u16| self.tstates[j].get(&a) == Some(&Ty::Int) && self.tstates[j].get(&b) == Some(&Ty::Int);
            match tpl {
                Tpl::JumpIfNot(cc) if i.a == x && ints(i.a, i.b) => {
                    return match cc {
                        IntCC::SignedLessThan => c > 0 && c <= 4,
                        IntCC::SignedGreaterThan => (-4..0).contains(&c),
                        _ => false,
                    };
                }
                Tpl::Jump | Tpl::Back | Tpl::JumpIfFalse | Tpl::JumpIfTrue | Tpl::JumpIfNot(_) | Tpl::ForRange | Tpl::ForIter => return false,
                _ => {}
            }
            // x = y % c (c > 0) just before: 0 <= x < c, so x + c' fits
            // for any |c'| < 2**62 (shifted).
            if matches!(tpl, Tpl::Arith(Ar::Mod)) && i.a == x && self.divisor(i.c).is_some() && ints(i.b, i.c) {
                return c.unsigned_abs() < 1 << 62;
            }
            if self.operands(tpl, &i).1.contains(&x) {
                return false;
            }
        }
        false
    }

    /// The value global instruction `k` loaded at compile time (`global_const`).
    unsafe fn global_obj(&self, k: usize) -> Value {
        global_const(self.ip(k), &*self.cxp).unwrap_or(Value::none())
    }

    /// The variable holding register `r` while it has type `ty`.
    fn tvar(&mut self, r: u16, ty: Ty) -> Variable {
        if let Some(v) = self.tvars.get(&(r, ty)) {
            return *v;
        }
        let v = self.b.declare_var(if ty == Ty::Float { types::F64 } else { I64 });
        self.tvars.insert((r, ty), v);
        v
    }
    fn tget(&mut self, r: u16) -> V {
        let var = self.tvar(r, self.tty(r));
        self.b.use_var(var)
    }
    /// Define register `r` (its type after the current instruction).
    fn tset(&mut self, r: u16, v: V) {
        let ty = self.tnext[&r];
        self.tcur.insert(r, ty);
        let var = self.tvar(r, ty);
        self.b.def_var(var, v)
    }
    fn tty(&self, r: u16) -> Ty {
        self.tcur[&r]
    }
    /// The type of register `r` after the current instruction.
    fn tty_next(&self, r: u16) -> Ty {
        self.tnext[&r]
    }

    /// Leave the typed body for the generic one at instruction `k` (which
    /// the generic body runs again from its start): the registers written
    /// back to the frame, and the generic body's variables re-read from it.
    /// Going through the frame (not the generic variables) means no value of
    /// the generic body is live across the typed loop, and nothing is live
    /// across a call but `fp` and `cx`: the typed loop keeps its values in
    /// machine registers instead of spilling them.
    /// The types at a bail are those before instruction `k` (`tstates[k]`)
    /// in every copy of the body, so one cold block per instruction serves
    /// them all (the values arrive as block parameters): the copies of an
    /// unrolled body add no spill code (compile time).
    fn bail(&mut self, k: usize) {
        if let Some(&bl) = self.tbails.get(&k) {
            self.b.ins().jump(bl, &[]);
            return;
        }
        let bl = self.b.create_block();
        self.b.set_cold_block(bl);
        self.b.ins().jump(bl, &[]);
        self.b.switch_to_block(bl);
        self.tbails.insert(k, bl);
        self.spill(k);
        if !self.lazy {
            self.reload();
            self.b.ins().jump(self.blocks[k], &[]);
            return;
        }
        // Without a generic body: the interpreter runs instruction k, and
        // the loop is compiled again with one (but not for a due safepoint,
        // which the interpreter's back-edge serves before entering again).
        // SAFETY: k < n, an instruction of the region.
        if !matches!(unsafe { self.tpl_of(k).0 }, Tpl::Back) {
            self.set_flags(&[super::super::F_GENERIC, super::super::F_STALE]);
        }
        self.exit_at(self.ip(k));
    }

    /// Return to the interpreter at `p` in this frame (registers written
    /// back).
    fn exit_at(&mut self, p: *const Inst) {
        let (fp, cx) = (self.fp(), self.cx());
        self.b.ins().store(mem(), fp, cx, self.offs.step_fp);
        let v = self.iconst(p as u64);
        self.b.ins().return_(&[v]);
    }

    /// Where a failed entry check goes: the generic body, or (`lazy`) a
    /// return to the interpreter at the head, the frame untouched, with the
    /// loop to be compiled again with a generic body (`emit_typed` fills
    /// the block).
    fn generic_entry(&mut self) -> Block {
        if !self.lazy {
            return self.blocks[0];
        }
        let bl = self.lazy_exit.unwrap_or_else(|| self.b.create_block());
        self.lazy_exit = Some(bl);
        bl
    }

    /// Write the registers to the frame to continue at instruction `k` (for
    /// a region exit, 0): named locals, and temporaries live at `k`. A
    /// temporary not live at the loop head is then not carried from one
    /// iteration to the next (fewer registers held across the loop); it is
    /// defined earlier in the iteration wherever it is live. Floats that do
    /// not self-tag are boxed by one helper call after all the stores
    /// (`box_floats`), with `None` in their registers meanwhile (nothing
    /// collects during an allocation).
    fn spill(&mut self, k: usize) {
        self.refetch();
        let live = std::mem::take(&mut self.live);
        let regs: Vec<u16> = self
            .written
            .iter()
            .copied()
            .filter(|r| (*r < self.nvars || live.get(k).map_or(true, |l| l.contains(r))) && self.tcur.contains_key(r))
            .collect();
        self.live = live;
        let floats: Vec<u16> = regs.iter().copied().filter(|r| self.tty(*r) == Ty::Float).collect();
        // [n, regs.., bits..]: the helper's list and the raw bits.
        let desc: *mut u64 = if floats.is_empty() {
            std::ptr::null_mut()
        } else {
            let mut d = vec![0u64; 1 + 2 * floats.len()].into_boxed_slice();
            d[0] = floats.len() as u64;
            for (j, r) in floats.iter().enumerate() {
                d[1 + j] = *r as u64;
            }
            let p = d.as_mut_ptr();
            self.data.push(d);
            p
        };
        let mut bad = None;
        for r in regs {
            let v = self.tget(r);
            let w = match self.tty(r) {
                Ty::Int => self.b.ins().iadd_imm_s(v, 1),
                Ty::Word => v,
                Ty::Float => {
                    let j = floats.iter().position(|x| *x == r).unwrap_or(0);
                    let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                    let dp = self.iconst(desc as u64);
                    self.b.ins().store(mem(), bits, dp, (8 * (1 + floats.len() + j)) as i32);
                    let rot = self.b.ins().rotl_imm_s(bits, 4);
                    let w = self.b.ins().iadd_imm_s(rot, 3);
                    let tag = self.b.ins().band_imm_s(w, 2);
                    let none = self.iconst(Value::none().raw());
                    let nb = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
                    bad = Some(match bad {
                        None => nb,
                        Some(b) => self.b.ins().bor(b, nb),
                    });
                    self.b.ins().select(tag, w, none)
                }
            };
            let fp = self.fp();
            self.b.ins().store(mem(), w, fp, (r as i32) * 8);
        }
        self.refetch_cx();
        if let Some(bad) = bad {
            let boxb = self.b.create_block();
            let done = self.b.create_block();
            self.b.set_cold_block(boxb);
            self.b.ins().brif(bad, boxb, &[], done, &[]);
            self.b.switch_to_block(boxb);
            let f = self.iconst(box_floats as *const () as u64);
            let dp = self.iconst(desc as u64);
            let (fp, cx) = (self.fp(), self.cx());
            self.b.ins().call_indirect(self.step_ref, f, &[cx, fp, dp]);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
        }
    }

    /// A stack slot holding `v`, for re-reads that Cranelift does not
    /// forward `v` to (which would keep it in a register again): a later
    /// store into the slot's category stops its alias analysis.
    fn wait_in_slot(&mut self, v: V) -> cranelift_codegen::ir::StackSlot {
        let slot = self.b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
            cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
            16,
            3,
        ));
        self.b.ins().stack_store(I64, v, slot, 0);
        let zero = self.iconst(0);
        self.b.ins().stack_store(I64, zero, slot, 8);
        slot
    }

    /// Define `fp` again from its stack slot, if it has one (where the
    /// typed body leaves its loop).
    fn refetch(&mut self) {
        if let Some(slot) = self.fp_slot {
            let fp = self.b.ins().stack_load(I64, I64, slot, 0);
            self.b.def_var(self.fpv, fp);
        }
    }

    /// Define `cx` again from its stack slot (after `spill`'s stores, so
    /// that the load is not merged with the loop's copy, see `emit_typed`).
    fn refetch_cx(&mut self) {
        if let Some(slot) = self.cx_slot {
            let cx = self.b.ins().stack_load(I64, I64, slot, 0);
            self.b.def_var(self.cxv, cx);
        }
    }

    /// Continue at `p`: its typed block, or (outside the region) a return
    /// there with the registers written back.
    fn tgoto(&mut self, p: *const Inst) {
        match self.block_of(p) {
            Some(_) => {
                let k = (p as usize - self.head as usize) / std::mem::size_of::<Inst>();
                self.b.ins().jump(self.tblocks[self.tcopy * self.n + k], &[]);
            }
            None => {
                self.spill(0);
                self.exit_at(p);
            }
        }
    }

    /// Branch on `c`: true to `t`, false to `f` (instruction addresses).
    fn tbranch(&mut self, c: V, t: *const Inst, f: *const Inst) {
        let tb = self.b.create_block();
        let fb = self.b.create_block();
        // A branch leaving the region (the loop's exit) is laid out after
        // the loop, which then runs without a taken branch at its head.
        match (self.block_of(t), self.block_of(f)) {
            (Some(_), None) => self.b.set_cold_block(fb),
            (None, Some(_)) => self.b.set_cold_block(tb),
            _ => {}
        }
        self.b.ins().brif(c, tb, &[], fb, &[]);
        self.b.switch_to_block(tb);
        self.tgoto(t);
        self.b.switch_to_block(fb);
        self.tgoto(f);
    }

    /// Continue when `fail` is 0, else bail at `k`.
    fn tguard(&mut self, fail: V, k: usize) {
        let ok = self.b.create_block();
        let bad = self.b.create_block();
        self.b.set_cold_block(bad);
        self.b.ins().brif(fail, bad, &[], ok, &[]);
        self.b.switch_to_block(bad);
        self.bail(k);
        self.b.switch_to_block(ok);
    }

    /// Register `r` as an f64 (ints converted as `float(i)`).
    fn tfloat(&mut self, r: u16) -> V {
        let v = self.tget(r);
        match self.tty(r) {
            Ty::Float => v,
            _ => {
                let i = self.b.ins().sshr_imm_s(v, 2);
                self.b.ins().fcvt_from_sint(types::F64, i)
            }
        }
    }

    unsafe fn typed_inst(&mut self, k: usize) {
        use cranelift_codegen::ir::condcodes::FloatCC;
        let ip = self.ip(k);
        let i = *ip;
        let nx = ip.add(1);
        let (tpl, _, _) = self.tpl_of(k);
        self.tcur = self.tstates[k].clone();
        self.tnext = self.apply(k, &self.tcur).map(|x| x.0).unwrap_or_default();
        if k == 0 && self.tcount.is_some() {
            return self.counted_step(tpl);
        }
        match tpl {
            Tpl::Move => {
                let v = self.tget(i.b);
                self.tset(i.a, v);
                self.tgoto(nx);
            }
            Tpl::LoadConst => {
                let c = crate::vm::dispatch::aux_val(ip, 0);
                let v = match self.tty(i.a) {
                    Ty::Int => self.iconst(c.raw() - 1),
                    Ty::Float => self.b.ins().f64const(c.as_float()),
                    Ty::Word => self.iconst(c.raw()),
                };
                self.tset(i.a, v);
                self.tgoto(nx);
            }
            Tpl::Arith(op) if self.tty(i.b) == Ty::Int && self.tty(i.c) == Ty::Int => {
                let (x, y) = (self.tget(i.b), self.tget(i.c));
                let r = match op {
                    Ar::Add | Ar::Sub if self.addend(op, i.c).is_some() => {
                        // x ± constant: overflow is a compare of x with a bound
                        // (Cranelift branches on an overflow flag via setcc+test).
                        let c = self.addend(op, i.c).unwrap_or(0);
                        let of = if self.bounded(k, i.b, c) {
                            self.iconst(0)
                        } else if c >= 0 {
                            self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, x, i64::MAX - c)
                        } else {
                            self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, i64::MIN - c)
                        };
                        self.tguard(of, k);
                        self.b.ins().iadd_imm_s(x, c)
                    }
                    // Both >= 0 (`nonneg`): the difference fits.
                    Ar::Sub if self.tnn.contains(&i.b) && self.tnn.contains(&i.c) => self.b.ins().isub(x, y),
                    Ar::Add | Ar::Sub if i.b != i.c => {
                        let (r, of) = match op {
                            Ar::Add if self.tnn.contains(&i.b) && self.tnn.contains(&i.c) => {
                                // Both >= 0 (`nonneg`): wrapped iff negative.
                                let r = self.b.ins().iadd(x, y);
                                (r, self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0))
                            }
                            Ar::Add => self.b.ins().sadd_overflow(x, y),
                            _ => self.b.ins().ssub_overflow(x, y),
                        };
                        // On overflow, x is recomputed from the wrapped
                        // result (exact), so x is dead after the add and the
                        // register allocator can add in place (no copy of x
                        // kept for the bail: loop_for 15 -> 13 instructions).
                        let ok = self.b.create_block();
                        let bad = self.b.create_block();
                        self.b.set_cold_block(bad);
                        self.b.ins().brif(of, bad, &[], ok, &[]);
                        self.b.switch_to_block(bad);
                        let x0 = match op {
                            Ar::Add => self.b.ins().isub(r, y),
                            _ => self.b.ins().iadd(r, y),
                        };
                        let var = self.tvar(i.b, Ty::Int);
                        self.b.def_var(var, x0);
                        self.bail(k);
                        self.b.switch_to_block(ok);
                        r
                    }
                    Ar::Mul if self.scaled(&i).is_some() => {
                        // x >= 0 (`nonneg`) times a constant c > 0: overflow
                        // is x > max / c (x86: a compare, no imul + seto).
                        let (r, c) = self.scaled(&i).unwrap_or((i.b, 1));
                        let x = self.tget(r);
                        let of = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, x, i64::MAX / c);
                        self.tguard(of, k);
                        self.b.ins().imul_imm_s(x, c)
                    }
                    Ar::Add | Ar::Sub | Ar::Mul => {
                        let (r, of) = match op {
                            Ar::Add => self.b.ins().sadd_overflow(x, y),
                            Ar::Sub => self.b.ins().ssub_overflow(x, y),
                            _ => {
                                let xi = self.b.ins().sshr_imm_s(x, 2);
                                self.b.ins().smul_overflow(xi, y)
                            }
                        };
                        self.tguard(of, k);
                        r
                    }
                    Ar::FloorDiv | Ar::Mod if self.divisor(i.c).is_some() => {
                        let c = self.divisor(i.c).unwrap_or(1);
                        self.divmod_const(op, x, c, self.tnn.contains(&i.b))
                    }
                    Ar::FloorDiv | Ar::Mod => {
                        let yz = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                        self.tguard(yz, k);
                        let xi = self.b.ins().sshr_imm_s(x, 2);
                        let yi = self.b.ins().sshr_imm_s(y, 2);
                        let q = self.b.ins().sdiv(xi, yi);
                        let qy = self.b.ins().imul(q, yi);
                        let rem = self.b.ins().isub(xi, qy);
                        let zero = self.b.ins().iconst(I64, 0);
                        let rnz = self.b.ins().icmp(IntCC::NotEqual, rem, zero);
                        let res = if op == Ar::FloorDiv {
                            let sx = self.b.ins().bxor(xi, yi);
                            let neg = self.b.ins().icmp(IntCC::SignedLessThan, sx, zero);
                            let adj = self.b.ins().band(rnz, neg);
                            let adj = self.b.ins().uextend(I64, adj);
                            self.b.ins().isub(q, adj)
                        } else {
                            let sx = self.b.ins().bxor(rem, yi);
                            let neg = self.b.ins().icmp(IntCC::SignedLessThan, sx, zero);
                            let adj = self.b.ins().band(rnz, neg);
                            let ry = self.b.ins().iadd(rem, yi);
                            self.b.ins().select(adj, ry, rem)
                        };
                        let sh = self.b.ins().ishl_imm_s(res, 2);
                        let back = self.b.ins().sshr_imm_s(sh, 2);
                        let bad = self.b.ins().icmp(IntCC::NotEqual, back, res);
                        self.tguard(bad, k);
                        sh
                    }
                    Ar::TrueDiv => {
                        // Exact when both fit in 53 bits and y != 0.
                        let xi = self.b.ins().sshr_imm_s(x, 2);
                        let yi = self.b.ins().sshr_imm_s(y, 2);
                        let lim = 1i64 << 53;
                        let ax = self.b.ins().iabs(xi);
                        let ay = self.b.ins().iabs(yi);
                        let bx = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, ax, lim);
                        let by = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, ay, lim);
                        let z = self.b.ins().icmp_imm_s(IntCC::Equal, yi, 0);
                        let b1 = self.b.ins().bor(bx, by);
                        let bad = self.b.ins().bor(b1, z);
                        self.tguard(bad, k);
                        let fx = self.b.ins().fcvt_from_sint(types::F64, xi);
                        let fy = self.b.ins().fcvt_from_sint(types::F64, yi);
                        self.b.ins().fdiv(fx, fy)
                    }
                };
                self.tset(i.a, r);
                self.tgoto(nx);
            }
            Tpl::Arith(op) => {
                let fx = self.tfloat(i.b);
                let fy = self.tfloat(i.c);
                // `c * y`, `c + y` with a constant float c (not NaN: IEEE add
                // and mul commute except for NaN payloads) as `y * c`: x86
                // reads the second operand from the constant pool, the first
                // must be loaded into a register.
                let konst = |r: u16| self.tconsts.get(&r).is_some_and(|c| c.is_float() && !c.as_float().is_nan());
                let (fx, fy) = match op {
                    Ar::Add | Ar::Mul if konst(i.b) && !konst(i.c) => (fy, fx),
                    _ => (fx, fy),
                };
                let r = match op {
                    Ar::Add => self.b.ins().fadd(fx, fy),
                    Ar::Sub => self.b.ins().fsub(fx, fy),
                    Ar::Mul => self.b.ins().fmul(fx, fy),
                    _ => {
                        let z = self.b.ins().f64const(0.0);
                        let zero = self.b.ins().fcmp(FloatCC::Equal, fy, z);
                        self.tguard(zero, k);
                        self.b.ins().fdiv(fx, fy)
                    }
                };
                self.tset(i.a, r);
                self.tgoto(nx);
            }
            Tpl::Cmp(cc) | Tpl::JumpIfNot(cc) => {
                let (xr, yr) = if matches!(tpl, Tpl::Cmp(_)) { (i.b, i.c) } else { (i.a, i.b) };
                let (x, y) = (self.tget(xr), self.tget(yr));
                let t = if self.tty(xr) == Ty::Int {
                    self.b.ins().icmp(cc, x, y)
                } else {
                    self.b.ins().fcmp(float_cc(cc), x, y)
                };
                if matches!(tpl, Tpl::Cmp(_)) {
                    let tv = self.iconst(Value::true_().raw());
                    let fv = self.iconst(Value::false_().raw());
                    let v = self.b.ins().select(t, tv, fv);
                    self.tset(i.a, v);
                    self.tgoto(nx);
                } else {
                    self.tbranch(t, nx, crate::vm::dispatch::target(ip));
                }
            }
            Tpl::Jump => self.tgoto(crate::vm::dispatch::target(ip)),
            Tpl::JumpIfFalse | Tpl::JumpIfTrue => {
                let v = self.tget(i.a);
                let truth = if self.tty(i.a) == Ty::Int {
                    self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0)
                } else {
                    // True / False only; anything else runs generically.
                    let is_t = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::true_().raw() as i64);
                    let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, v, Value::false_().raw() as i64);
                    let either = self.b.ins().bor(is_t, is_f);
                    let other = self.b.ins().bxor_imm_s(either, 1);
                    self.tguard(other, k);
                    is_t
                };
                let (t_to, f_to) = if matches!(tpl, Tpl::JumpIfTrue) {
                    (crate::vm::dispatch::target(ip), nx)
                } else {
                    (nx, crate::vm::dispatch::target(ip))
                };
                self.tbranch(truth, t_to, f_to);
            }
            Tpl::ForRange => {
                // iter.rs `range_step`: cursor < stop yields it, cursor += step.
                let cur = self.tget(i.a);
                let stop = self.tget(i.a + 1);
                let more = self.b.ins().icmp(IntCC::SignedLessThan, cur, stop);
                let yes = self.b.create_block();
                let no = self.b.create_block();
                self.b.ins().brif(more, yes, &[], no, &[]);
                self.b.switch_to_block(no);
                self.tgoto(crate::vm::dispatch::target(ip));
                self.b.switch_to_block(yes);
                let st = self.tget(i.a + 2);
                let nc = self.b.ins().iadd(cur, st);
                self.tset(i.b, cur);
                self.tset(i.a, nc);
                self.tgoto(nx);
            }
            Tpl::ForIter => {
                let it = self.tget(i.a);
                let left = self.b.ins().load(I64, mem(), it, self.offs.left);
                let more = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(left, more, &[], done, &[]);
                self.b.switch_to_block(done);
                self.tgoto(crate::vm::dispatch::target(ip));
                self.b.switch_to_block(more);
                let cur = self.b.ins().load(I64, mem(), it, self.offs.cur);
                let sh = self.b.ins().ishl_imm_s(cur, 2);
                let back = self.b.ins().sshr_imm_s(sh, 2);
                let bad = self.b.ins().icmp(IntCC::NotEqual, back, cur);
                self.tguard(bad, k);
                let st = self.b.ins().load(I64, mem(), it, self.offs.step);
                let nc = self.b.ins().iadd(cur, st);
                self.b.ins().store(mem(), nc, it, self.offs.cur);
                let nl = self.b.ins().iadd_imm_s(left, -1);
                self.b.ins().store(mem(), nl, it, self.offs.left);
                self.tset(i.b, sh);
                self.tgoto(nx);
            }
            Tpl::Back => {
                // The safepoint in the last copy (see `emit_typed`). Nothing
                // here allocates: `allocated` is as at entry.
                let c = self.tcopy;
                let (next, safepoint) = match self.tcount {
                    Some(_) if c < COUNT_UNROLL => (c + 1, false),
                    Some(_) => (0, true),
                    None => ((c + 1) % self.tcopies, c + 1 == self.tcopies),
                };
                if safepoint {
                    let cx = self.tcx.expect("typed entry");
                    let t = self.b.ins().load(I64, mem(), cx, self.offs.threshold);
                    let a = self.alloc0.expect("typed entry");
                    let due = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, a, t);
                    self.tguard(due, k);
                }
                // On to the next copy.
                self.tcopy = next;
                self.tgoto(crate::vm::dispatch::target(ip));
                self.tcopy = c;
            }
            Tpl::Global => {
                let c = self.global_obj(k);
                let v = match self.tty_next(i.a) {
                    Ty::Int => self.iconst(c.raw() - 1),
                    Ty::Float => self.b.ins().f64const(c.as_float()),
                    Ty::Word => self.iconst(c.raw()),
                };
                self.tset(i.a, v);
                self.tgoto(nx);
            }
            Tpl::Conv(c) => {
                // The callee register still holds the builtin.
                let f = self.tget(i.b);
                let want = conv_obj(&*self.cxp, c);
                let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, f, want.raw() as i64);
                self.tguard(other, k);
                let arg = i.b + 1;
                let x = self.tget(arg);
                let r = match (c, self.tty(arg)) {
                    (Conv::Float, Ty::Int) => self.tfloat(arg),
                    (Conv::Int, Ty::Float) => {
                        // int(x) truncates; only |x| < 2**61, whose results
                        // are small ints (NaN and infinities fail the
                        // compare, which is one ucomisd + jbe; two bounds
                        // took 9 instructions).
                        let (hi, mask) = self.tint_range.expect("typed entry");
                        let ax = self.b.ins().band(x, mask);
                        let bad = self.b.ins().fcmp(FloatCC::UnorderedOrLessThanOrEqual, hi, ax);
                        self.tguard(bad, k);
                        let t = self.b.ins().fcvt_to_sint_sat(I64, x);
                        self.b.ins().ishl_imm_s(t, 2)
                    }
                    _ => x,
                };
                self.tset(i.a, r);
                self.tgoto(nx);
            }
            Tpl::Step | Tpl::Exit => unreachable!("no typed body with calls"),
        }
    }
}

impl<'a, 'b> Gen<'a, 'b> {
    /// The head of copies 1.. of a counted loop: the test passed (copy 0
    /// proved it), so `for_range` yields its cursor and `jn_lt` falls through.
    unsafe fn counted_step(&mut self, tpl: Tpl) {
        let i = *self.head;
        if let Tpl::ForRange = tpl {
            let cur = self.tget(i.a);
            let st = self.tget(i.a + 2);
            let nc = self.b.ins().iadd(cur, st);
            self.tset(i.b, cur);
            self.tset(i.a, nc);
        }
        self.tgoto(self.head.add(1));
    }
}

fn float_cc(cc: IntCC) -> cranelift_codegen::ir::condcodes::FloatCC {
    use cranelift_codegen::ir::condcodes::FloatCC;
    match cc {
        IntCC::SignedLessThan => FloatCC::LessThan,
        IntCC::SignedLessThanOrEqual => FloatCC::LessThanOrEqual,
        IntCC::SignedGreaterThan => FloatCC::GreaterThan,
        IntCC::SignedGreaterThanOrEqual => FloatCC::GreaterThanOrEqual,
        IntCC::Equal => FloatCC::Equal,
        _ => FloatCC::NotEqual,
    }
}
