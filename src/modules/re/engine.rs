//! The matcher: a [`Node`] tree compiled to a small instruction program, run
//! by a backtracking machine with an explicit stack (sre's semantics:
//! leftmost match, first alternative wins, greedy/lazy/possessive repeats,
//! a repeat stops iterating once an iteration matched empty). Captures and
//! loop counters live in registers; every register write is logged on the
//! backtrack stack, so failing past a choice point restores them.

use super::parse::{self, At, Cat, Class, Node, RepKind, MAXREPEAT};

/// No position / unset register.
pub const NONE: usize = usize::MAX;
/// Register holding `lastindex` (registers 2g, 2g+1 hold group g's marks).
const LASTINDEX: usize = 0;

/// A single-character matcher.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    Char(u32),
    /// Case-insensitive: compares the subject char lowercased (`ascii`: ASCII folding only).
    CharI(u32, bool),
    Any,
    AnyAll,
    Set(u32),
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Item),
    /// A repeat of one item (sre's REPEAT_ONE): no per-char backtrack entries.
    Repeat { item: Item, min: u32, max: u32, kind: RepKind },
    /// Try the first target, on failure the second.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    At(At),
    Backref { group: usize, icase: bool, ascii: bool },
    /// Start a counted loop: its counter register (and the next one, the
    /// position where the last iteration started) reset.
    RepInit(usize),
    /// End of an iteration (and the loop's entry): decide to iterate or leave.
    Until { reg: usize, min: u32, max: u32, greedy: bool, body: usize, exit: usize },
    /// A lazy loop's "one more iteration", reached by backtracking.
    UntilMore { reg: usize, max: u32, body: usize },
    LookStart { neg: bool, behind: usize, end: usize },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    GroupExists { group: usize, no: usize },
    Match,
}

/// A compiled character class with its answers for ASCII precomputed.
#[derive(Debug)]
pub struct CharSet {
    class: Class,
    icase: bool,
    ascii: bool,
    map: [u64; 2],
}

impl CharSet {
    fn new(class: Class, icase: bool, ascii: bool) -> CharSet {
        let mut s = CharSet { class, icase, ascii, map: [0; 2] };
        for c in 0..128u32 {
            if s.slow(c) {
                s.map[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            return self.map[(c >> 6) as usize] >> (c & 63) & 1 != 0;
        }
        self.slow(c)
    }
    fn raw(&self, c: u32) -> bool {
        self.class.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) || self.class.cats.iter().any(|&k| in_cat(k, c, self.ascii))
    }
    #[inline(never)]
    fn slow(&self, c: u32) -> bool {
        let mut r = self.raw(c);
        if !r && self.icase {
            // The case variants sre's folded sets cover: İ ~ i ~ I, ſ ~ s ~ S, ...
            let (lo, up) = (lower(c, self.ascii), upper(c, self.ascii));
            r = self.raw(lo) || self.raw(up) || self.raw(upper(lo, self.ascii)) || self.raw(lower(up, self.ascii));
        }
        r != self.class.neg
    }
}

fn in_cat(k: Cat, c: u32, ascii: bool) -> bool {
    match k {
        Cat::Digit => is_digit(c, ascii),
        Cat::NotDigit => !is_digit(c, ascii),
        Cat::Space => is_space(c, ascii),
        Cat::NotSpace => !is_space(c, ascii),
        Cat::Word => is_word(c, ascii),
        Cat::NotWord => !is_word(c, ascii),
    }
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    char::from_u32(c).map_or(false, |ch| crate::builtins::strs::decimal_value(ch).is_some())
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    char::from_u32(c).map_or(false, crate::builtins::strs::py_isspace)
}

#[inline]
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && char::from_u32(c).map_or(false, |ch| ch.is_alphanumeric())
}

/// sre's lower(): simple lowercase mapping (ASCII only with the ASCII flag).
pub fn lower(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    char::from_u32(c).and_then(|ch| ch.to_lowercase().next()).map_or(c, |l| l as u32)
}

pub fn upper(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if ascii {
        return c;
    }
    let mut it = match char::from_u32(c) {
        Some(ch) => ch.to_uppercase(),
        None => return c,
    };
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Case-insensitive equality of subject char `x` with an already-lowered `c`.
#[inline]
fn eq_icase(x: u32, c: u32, ascii: bool) -> bool {
    if x < 128 {
        return (x as u8).to_ascii_lowercase() as u32 == c;
    }
    eq_icase_slow(x, c, ascii)
}

#[inline(never)]
fn eq_icase_slow(x: u32, c: u32, ascii: bool) -> bool {
    !ascii && (lower(x, false) == c || lower(upper(x, false), false) == c)
}

/// The subject: ASCII bytes or decoded chars; positions are char indices.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [char] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Prog {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub nregs: usize,
    pub groups: usize,
    /// Every match starts with a char this item accepts.
    first: Option<Item>,
    /// Matches can only start at position 0.
    anchored: bool,
}

/// A compile error (look-behind width) or a parse error.
pub use parse::Error;

/// Parse and compile `pattern`.
pub fn compile(pattern: &[char], flags: u32) -> Result<(Prog, parse::Parsed), Error> {
    let parsed = parse::parse(pattern, flags)?;
    let mut gw = Vec::new();
    parse::group_widths(&parsed.node, &mut gw);
    let mut c = Compiler { insts: Vec::new(), sets: Vec::new(), nregs: 2 * (parsed.groups + 1), gw };
    c.emit(&parsed.node)?;
    c.insts.push(Inst::Match);
    let first = first_item(&c.insts);
    let anchored = matches!(c.insts.first(), Some(Inst::At(At::Begin)));
    let prog = Prog { insts: c.insts, sets: c.sets, nregs: c.nregs, groups: parsed.groups, first, anchored };
    Ok((prog, parsed))
}

/// An item every match must start with (skips start positions cheaply):
/// the first consuming instruction, past group marks and zero-width assertions.
fn first_item(insts: &[Inst]) -> Option<Item> {
    for inst in insts {
        match *inst {
            Inst::Save(_) | Inst::At(_) => {}
            Inst::One(it) => return Some(it),
            Inst::Repeat { item, min, .. } if min > 0 => return Some(item),
            _ => return None,
        }
    }
    None
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    /// Each group's width bounds.
    gw: Vec<(usize, Option<usize>)>,
}

fn single_item(n: &Node) -> bool {
    matches!(n, Node::Char { .. } | Node::Any { .. } | Node::Set { .. })
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }
    fn push(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }
    fn item(&mut self, n: &Node) -> Item {
        match n {
            &Node::Char { c, icase, ascii } => {
                if icase && (lower(c, ascii) != c || upper(c, ascii) != c) {
                    Item::CharI(lower(c, ascii), ascii)
                } else {
                    Item::Char(c)
                }
            }
            &Node::Any { all } => {
                if all {
                    Item::AnyAll
                } else {
                    Item::Any
                }
            }
            Node::Set { class, icase, ascii } => {
                self.sets.push(CharSet::new((**class).clone(), *icase, *ascii));
                Item::Set(self.sets.len() as u32 - 1)
            }
            _ => unreachable!("not a single-char node"),
        }
    }
    fn emit(&mut self, n: &Node) -> Result<(), Error> {
        match n {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set { .. } => {
                let it = self.item(n);
                self.push(Inst::One(it));
            }
            Node::Cat(v) => {
                for x in v {
                    self.emit(x)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, x) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.push(Inst::Split(0, 0));
                        self.emit(x)?;
                        jumps.push(self.push(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(x)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group(g, x) => {
                self.push(Inst::Save(2 * g));
                self.emit(x)?;
                self.push(Inst::Save(2 * g + 1));
            }
            Node::Repeat { node, min, max, kind } => self.repeat(node, *min, *max, *kind)?,
            &Node::At(a) => {
                self.push(Inst::At(a));
            }
            &Node::Backref { group, icase, ascii } => {
                self.push(Inst::Backref { group, icase, ascii });
            }
            Node::Look { behind, neg, node } => {
                let w = if *behind {
                    match parse::width(node, &self.gw) {
                        (lo, Some(hi)) if lo == hi => lo,
                        _ => return Err(Error { msg: "look-behind requires fixed-width pattern".into(), pos: None, kind: parse::ErrKind::Re }),
                    }
                } else {
                    0
                };
                let start = self.push(Inst::LookStart { neg: *neg, behind: w, end: 0 });
                self.emit(node)?;
                self.push(Inst::LookEnd);
                let end = self.pc();
                self.insts[start] = Inst::LookStart { neg: *neg, behind: w, end };
            }
            Node::Atomic(x) => {
                self.push(Inst::AtomicStart);
                self.emit(x)?;
                self.push(Inst::AtomicEnd);
            }
            Node::GroupExists { group, yes, no } => {
                let test = self.push(Inst::GroupExists { group: *group, no: 0 });
                self.emit(yes)?;
                let j = self.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no)?;
                let end = self.pc();
                self.insts[test] = Inst::GroupExists { group: *group, no: no_pc };
                self.insts[j] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepKind) -> Result<(), Error> {
        let node = match node {
            Node::Cat(v) if v.len() == 1 => &v[0],
            n => n,
        };
        if single_item(node) {
            let item = self.item(node);
            self.push(Inst::Repeat { item, min, max, kind });
            return Ok(());
        }
        if kind == RepKind::Possessive {
            self.push(Inst::AtomicStart);
            self.repeat(node, min, max, RepKind::Greedy)?;
            self.push(Inst::AtomicEnd);
            return Ok(());
        }
        let greedy = kind == RepKind::Greedy;
        if min == 0 && max == 1 {
            let split = self.push(Inst::Split(0, 0));
            self.emit(node)?;
            let end = self.pc();
            self.insts[split] = if greedy { Inst::Split(split + 1, end) } else { Inst::Split(end, split + 1) };
            return Ok(());
        }
        let nullable = parse::width(node, &self.gw).0 == 0;
        if !nullable && max == MAXREPEAT && min <= 1 {
            if min == 0 {
                // L: split(body, exit); body; jmp L
                let l = self.push(Inst::Split(0, 0));
                self.emit(node)?;
                self.push(Inst::Jmp(l));
                let exit = self.pc();
                self.insts[l] = if greedy { Inst::Split(l + 1, exit) } else { Inst::Split(exit, l + 1) };
            } else {
                // B: body; split(B, exit)
                let b = self.pc();
                self.emit(node)?;
                let s = self.pc();
                self.push(if greedy { Inst::Split(b, s + 1) } else { Inst::Split(s + 1, b) });
            }
            return Ok(());
        }
        let reg = self.nregs;
        self.nregs += 2;
        self.push(Inst::RepInit(reg));
        let until = self.push(Inst::Until { reg, min, max, greedy, body: 0, exit: 0 });
        let more = self.push(Inst::UntilMore { reg, max, body: 0 });
        let body = self.pc();
        self.emit(node)?;
        self.push(Inst::Jmp(until));
        let exit = self.pc();
        self.insts[until] = Inst::Until { reg, min, max, greedy, body, exit };
        self.insts[more] = Inst::UntilMore { reg, max, body };
        Ok(())
    }
}

/// Backtrack stack entries.
#[derive(Clone, Copy, Debug)]
enum Bt {
    Branch { pc: usize, pos: usize },
    Restore { reg: usize, old: usize },
    /// A greedy single-item repeat at `pc` that matched `count` items from `start`.
    Greedy { pc: usize, start: usize, count: usize },
    /// A lazy single-item repeat at `pc` that matched `count` items from `start` so far.
    Lazy { pc: usize, start: usize, count: usize },
    /// A lookaround started at `pc` (its LookStart) at `pos`.
    Look { pc: usize, pos: usize },
    Atomic,
}

/// How a match attempt must end.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Mode {
    Match,
    Full,
}

/// A Ctrl-C arrived during a long match.
#[derive(Debug)]
pub struct Interrupted;

/// A matcher's allocations, kept between calls by the pattern's owner.
#[derive(Default)]
pub struct Buffers {
    regs: Vec<usize>,
    stack: Vec<Bt>,
}

/// Matching state, reusable across attempts.
pub struct Matcher<'p> {
    prog: &'p Prog,
    pub regs: Vec<usize>,
    stack: Vec<Bt>,
    /// Registers were written without undo entries (the stack was empty, so
    /// no choice point could restore them): clear them if the attempt fails.
    dirty: bool,
    steps: u32,
    poll: fn() -> bool,
}

/// Steps between interrupt polls.
const POLL_MASK: u32 = (1 << 18) - 1;

impl<'p> Matcher<'p> {
    pub fn new(prog: &'p Prog, poll: fn() -> bool) -> Matcher<'p> {
        Self::with_buffers(prog, poll, Buffers::default())
    }

    pub fn with_buffers(prog: &'p Prog, poll: fn() -> bool, b: Buffers) -> Matcher<'p> {
        let Buffers { mut regs, stack } = b;
        regs.resize(prog.nregs, NONE);
        Matcher { prog, regs, stack, dirty: false, steps: 0, poll }
    }

    /// The allocations back, for the next match (a stack grown by a long
    /// match is given back to the allocator rather than kept with the pattern).
    pub fn into_buffers(mut self) -> Buffers {
        if self.stack.capacity() > 1 << 16 {
            self.stack = Vec::new();
        }
        Buffers { regs: self.regs, stack: self.stack }
    }

    /// Search `text` from `pos` for a match (mode Match: anywhere; `must_advance`: not an
    /// empty match at `pos`). Returns (start, end); the groups are in `regs`.
    pub fn search<T: Text + ?Sized>(&mut self, text: &T, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<(usize, usize)>, Interrupted> {
        self.reset();
        let end = text.len();
        let mut p = pos;
        if self.prog.anchored && p > 0 {
            return Ok(None);
        }
        loop {
            if p > end {
                return Ok(None);
            }
            let skip = match self.prog.first {
                Some(item) => p >= end || !self.item(item, text.at(p)),
                None => false,
            };
            if !skip {
                if let Some(e) = self.run(text, p, mode, must_advance && p == pos)? {
                    return Ok(Some((p, e)));
                }
            }
            if self.prog.anchored {
                return Ok(None);
            }
            p += 1;
        }
    }

    /// Try a match starting exactly at `pos` (`must_advance`: not an empty one).
    pub fn match_at<T: Text + ?Sized>(&mut self, text: &T, pos: usize, mode: Mode, must_advance: bool) -> Result<Option<usize>, Interrupted> {
        self.reset();
        self.run(text, pos, mode, must_advance)
    }

    fn reset(&mut self) {
        self.regs.iter_mut().for_each(|r| *r = NONE);
        self.stack.clear();
        self.dirty = false;
    }

    #[inline]
    fn item(&self, item: Item, c: u32) -> bool {
        match item {
            Item::Char(x) => c == x,
            Item::CharI(x, ascii) => eq_icase(c, x, ascii),
            Item::Any => c != '\n' as u32,
            Item::AnyAll => true,
            Item::Set(i) => self.prog.sets[i as usize].matches(c),
        }
    }

    #[inline]
    fn set(&mut self, reg: usize, v: usize) {
        let old = self.regs[reg];
        if old != v {
            if self.stack.is_empty() {
                self.dirty = true;
            } else {
                self.stack.push(Bt::Restore { reg, old });
            }
            self.regs[reg] = v;
        }
    }

    fn at<T: Text + ?Sized>(&self, a: At, text: &T, pos: usize) -> bool {
        let end = text.len();
        match a {
            At::Begin => pos == 0,
            At::BeginLine => pos == 0 || text.at(pos - 1) == '\n' as u32,
            At::End => pos == end || (pos + 1 == end && text.at(pos) == '\n' as u32),
            At::EndLine => pos == end || text.at(pos) == '\n' as u32,
            At::EndString => pos == end,
            At::Boundary(ascii) | At::NonBoundary(ascii) => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(text.at(pos - 1), ascii);
                let here = pos < end && is_word(text.at(pos), ascii);
                (before != here) == matches!(a, At::Boundary(_))
            }
        }
    }

    fn backref<T: Text + ?Sized>(&self, text: &T, pos: usize, group: usize, icase: bool, ascii: bool) -> Option<usize> {
        let (s, e) = (self.regs[2 * group], self.regs[2 * group + 1]);
        if s == NONE || e == NONE || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > text.len() {
            return None;
        }
        for i in 0..n {
            let (a, b) = (text.at(s + i), text.at(pos + i));
            let same = a == b || (icase && lower(a, ascii) == lower(b, ascii));
            if !same {
                return None;
            }
        }
        Some(pos + n)
    }

    /// Pop the stack to the innermost barrier (a lookaround or atomic group
    /// that just completed), dropping the choice points above it but keeping
    /// their register undo entries. Returns the barrier.
    fn cut(&mut self) -> Bt {
        let mut keep = Vec::new();
        loop {
            match self.stack.pop().expect("barrier on the stack") {
                r @ Bt::Restore { .. } => keep.push(r),
                b @ (Bt::Look { .. } | Bt::Atomic) => {
                    self.stack.extend(keep.into_iter().rev());
                    return b;
                }
                _ => {}
            }
        }
    }

    /// The innermost barrier, which at a LookEnd is its lookaround's (LookStart pc, start pos).
    fn innermost_look(&self) -> (usize, usize) {
        for b in self.stack.iter().rev() {
            match *b {
                Bt::Look { pc, pos } => return (pc, pos),
                Bt::Atomic => break,
                _ => {}
            }
        }
        unreachable!("lookaround end without its start")
    }

    /// Undo down to and including the innermost barrier (a negative lookaround that matched).
    fn unwind_barrier(&mut self) {
        loop {
            match self.stack.pop().expect("barrier on the stack") {
                Bt::Restore { reg, old } => self.regs[reg] = old,
                Bt::Look { .. } | Bt::Atomic => return,
                _ => {}
            }
        }
    }

    fn run<T: Text + ?Sized>(&mut self, text: &T, start: usize, mode: Mode, must_advance: bool) -> Result<Option<usize>, Interrupted> {
        let prog = self.prog;
        let end = text.len();
        debug_assert!(self.stack.is_empty());
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps = self.steps.wrapping_add(1);
            if self.steps & POLL_MASK == 0 && (self.poll)() {
                return Err(Interrupted);
            }
            let ok = match prog.insts[pc] {
                Inst::One(item) => {
                    if pos < end && self.item(item, text.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Repeat { item, min, max, kind } => {
                    let limit = (end - pos).min(max as usize);
                    let min = min as usize;
                    let want = if kind == RepKind::Lazy { min.min(limit) } else { limit };
                    let mut n = 0;
                    while n < want && self.item(item, text.at(pos + n)) {
                        n += 1;
                    }
                    if n < min {
                        false
                    } else {
                        match kind {
                            RepKind::Greedy if n > min => self.stack.push(Bt::Greedy { pc, start: pos, count: n }),
                            RepKind::Lazy if n < limit => self.stack.push(Bt::Lazy { pc, start: pos, count: n }),
                            _ => {}
                        }
                        pos += n;
                        pc += 1;
                        true
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Branch { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::Save(slot) => {
                    self.set(slot, pos);
                    if slot & 1 == 1 {
                        self.set(LASTINDEX, slot / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::At(a) => {
                    pc += 1;
                    self.at(a, text, pos)
                }
                Inst::Backref { group, icase, ascii } => match self.backref(text, pos, group, icase, ascii) {
                    Some(p) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::RepInit(reg) => {
                    self.set(reg, 0);
                    self.set(reg + 1, NONE);
                    pc += 1;
                    true
                }
                Inst::Until { reg, min, max, greedy, body, exit } => {
                    let count = self.regs[reg];
                    if count < min as usize {
                        self.set(reg, count + 1);
                        pc = body;
                    } else if greedy {
                        if (max == MAXREPEAT || count < max as usize) && pos != self.regs[reg + 1] {
                            self.stack.push(Bt::Branch { pc: exit, pos });
                            self.set(reg, count + 1);
                            self.set(reg + 1, pos);
                            pc = body;
                        } else {
                            pc = exit;
                        }
                    } else {
                        self.stack.push(Bt::Branch { pc: pc + 1, pos });
                        pc = exit;
                    }
                    true
                }
                Inst::UntilMore { reg, max, body } => {
                    let count = self.regs[reg];
                    if (max != MAXREPEAT && count >= max as usize) || pos == self.regs[reg + 1] {
                        false
                    } else {
                        self.set(reg, count + 1);
                        self.set(reg + 1, pos);
                        pc = body;
                        true
                    }
                }
                Inst::LookStart { neg, behind, end: after } => {
                    if pos < behind {
                        pc = after;
                        neg
                    } else {
                        self.stack.push(Bt::Look { pc, pos });
                        pos -= behind;
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd => {
                    let (lpc, lpos) = self.innermost_look();
                    let Inst::LookStart { neg, end: after, .. } = prog.insts[lpc] else { unreachable!() };
                    if neg {
                        // The negated sub-pattern matched: undo it all, then fail.
                        self.unwind_barrier();
                        false
                    } else {
                        self.cut();
                        pos = lpos;
                        pc = after;
                        true
                    }
                }
                Inst::AtomicStart => {
                    self.stack.push(Bt::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::GroupExists { group, no } => {
                    let set = self.regs[2 * group] != NONE && self.regs[2 * group + 1] != NONE;
                    pc = if set { pc + 1 } else { no };
                    true
                }
                Inst::Match => {
                    if (mode == Mode::Full && pos != end) || (must_advance && pos == start) {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                if self.stack.is_empty() {
                    if self.dirty {
                        self.reset();
                    }
                    return Ok(None);
                }
                match self.stack.pop().unwrap() {
                    Bt::Restore { reg, old } => self.regs[reg] = old,
                    Bt::Branch { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::Greedy { pc: p, start: s, count } => {
                        let Inst::Repeat { min, .. } = prog.insts[p] else { unreachable!() };
                        let min = min as usize;
                        let mut c = count - 1;
                        // A literal next: skip counts where it cannot follow.
                        if let Inst::One(Item::Char(ch)) = prog.insts[p + 1] {
                            while c > min && (s + c >= end || text.at(s + c) != ch) {
                                c -= 1;
                            }
                        }
                        if c > min {
                            self.stack.push(Bt::Greedy { pc: p, start: s, count: c });
                        }
                        pc = p + 1;
                        pos = s + c;
                        break;
                    }
                    Bt::Lazy { pc: p, start: s, count } => {
                        let Inst::Repeat { item, max, .. } = prog.insts[p] else { unreachable!() };
                        let q = s + count;
                        if q < end && self.item(item, text.at(q)) {
                            let c = count + 1;
                            if c < max as usize && q + 1 < end {
                                self.stack.push(Bt::Lazy { pc: p, start: s, count: c });
                            }
                            pc = p + 1;
                            pos = q + 1;
                            break;
                        }
                    }
                    Bt::Look { pc: lpc, pos: lpos } => {
                        let Inst::LookStart { neg, end: after, .. } = prog.insts[lpc] else { unreachable!() };
                        if neg {
                            pc = after;
                            pos = lpos;
                            break;
                        }
                    }
                    Bt::Atomic => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(p: &str, s: &str) -> Option<(usize, usize, Vec<usize>)> {
        let pc: Vec<char> = p.chars().collect();
        let (prog, _) = compile(&pc, 0).unwrap();
        let mut m = Matcher::new(&prog, || false);
        let t: Vec<char> = s.chars().collect();
        m.search(&t[..], 0, Mode::Match, false).unwrap().map(|(a, b)| (a, b, m.regs[2..].to_vec()))
    }

    fn match_at(p: &str, s: &str) -> Option<usize> {
        let pc: Vec<char> = p.chars().collect();
        let (prog, _) = compile(&pc, 0).unwrap();
        let mut m = Matcher::new(&prog, || false);
        m.match_at(s.as_bytes(), 0, Mode::Match, false).unwrap()
    }

    #[test]
    fn basics() {
        assert_eq!(find("b+", "aabbbc").map(|x| (x.0, x.1)), Some((2, 5)));
        assert_eq!(find("a.c", "xxabc").map(|x| (x.0, x.1)), Some((2, 5)));
        assert!(find("a$", "ab").is_none());
        assert_eq!(find("a$", "ba\n").map(|x| (x.0, x.1)), Some((1, 2)));
    }

    #[test]
    fn alternation_order_and_groups() {
        // sre: first alternative that lets the rest match.
        let (s, e, r) = find("(a|ab)(c|bcd)(d*)", "abcd").unwrap();
        assert_eq!((s, e), (0, 4));
        assert_eq!(&r[..6], &[0, 1, 1, 4, 4, 4]);
    }

    #[test]
    fn empty_iterations_stop() {
        let (s, e, r) = find("(a*)*", "b").unwrap();
        assert_eq!((s, e, r[0], r[1]), (0, 0, 0, 0));
        assert_eq!(find("(a|b)*c", "ababc").map(|x| (x.0, x.1, x.2[0])), Some((0, 5, 3)));
    }

    #[test]
    fn lookarounds_backrefs_atomic() {
        assert_eq!(find("a(?=b)", "acab").map(|x| x.0), Some(2));
        assert_eq!(find("a(?!b)", "abac").map(|x| x.0), Some(2));
        assert_eq!(find("(?<=x)a", "aaxa").map(|x| x.0), Some(3));
        assert_eq!(find("(?<!x)a", "xaa").map(|x| x.0), Some(2));
        assert_eq!(find(r"(\w)\1", "abccd").map(|x| x.0), Some(2));
        assert!(find("(?>a+)a", "aaa").is_none());
        assert!(find("a++a", "aaa").is_none());
        assert_eq!(find("(?:a|ab)++c", "abc").map(|x| x.1), None);
    }

    #[test]
    fn long_subject_no_native_recursion() {
        let s = "ab".repeat(200_000);
        assert_eq!(match_at("(?:ab)*$", &s), Some(400_000));
        assert_eq!(match_at("(a|b)*c", &s), None);
        assert_eq!(match_at("(a|b)*", &s), Some(400_000));
    }

    #[test]
    fn errors() {
        let e = |p: &str| compile(&p.chars().collect::<Vec<_>>(), 0).err().map(|e| (e.msg, e.pos));
        assert_eq!(e("a)"), Some(("unbalanced parenthesis".into(), Some(1))));
        assert_eq!(e("(a"), Some(("missing ), unterminated subpattern".into(), Some(0))));
        assert_eq!(e("*"), Some(("nothing to repeat".into(), Some(0))));
        assert_eq!(e("a**"), Some(("multiple repeat".into(), Some(2))));
        assert_eq!(e("[a"), Some(("unterminated character set".into(), Some(0))));
        assert_eq!(e("(?<=a+)b"), Some(("look-behind requires fixed-width pattern".into(), None)));
    }
}
