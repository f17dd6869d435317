//! Generator ops: `Yield` suspends the generator frame (see `vm::gen`),
//! `YieldFrom` starts delegation (later steps run in `gen_resume`).
use super::prelude::*;
use crate::vm::gen;
use crate::vm::GenStep;

op!(
    /// Yield b; the value sent on resume goes to a.
    yield_,
    |ip, fp, cx| { gen::suspend(cx, ip, fp, reg(fp, (*ip).b)) }
);

op!(
    /// a := yield from b (b is an iterator): the first step; later steps are
    /// driven by `gen_resume` while the generator's `yf` is set.
    yield_from,
    |ip, fp, cx| { yield_from_slow(ip, fp, cx) }
);

#[cold]
#[inline(never)]
unsafe fn yield_from_slow(ip: *const Inst, fp: *mut Value, cx: &mut Ctx) -> Next {
    let i = &*ip;
    let it = reg(fp, i.b);
    match gen::delegate(cx, it, Value::none(), None) {
        Ok(GenStep::Yield(v)) => {
            let g = cx.vm.frames.last().expect("generator frame").gen;
            g.obj::<crate::vm::GenObj>().yf = it;
            gen::suspend(cx, ip, fp, v)
        }
        Ok(GenStep::Return(r)) => {
            set_reg(fp, i.a, r);
            next(ip, fp)
        }
        Err(_) => throw(ip, cx),
    }
}
