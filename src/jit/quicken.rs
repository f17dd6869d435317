//! Interpreter quickenings the JIT makes itself when a loop gets hot, so that a
//! loop that is not compiled (or is compiled with a step call for the op) runs
//! the same quickened handlers as under `--no-jit`.

use crate::heap::objects::IterObj;
use crate::heap::Kind;
use crate::runtime::iter::IterState;
use crate::value::Value;
use crate::vm::dispatch::handler;
use crate::vm::handlers::{containers, iter};
use crate::vm::Inst;

/// In the region `[head, last]` of the frame `fp`: every `for_range` whose
/// iterator register holds an `enumerate` object and whose next instruction
/// unpacks its target into 2 registers becomes `iter::for_enum2` (as
/// `iter.rs`'s `quicken_enum2` does under `--no-jit`). `for_enum2` runs
/// `for_range` for any other iterator, so a stale register is only a missed
/// chance, never a wrong answer.
///
/// # Safety
/// `head..=last` are linked instructions of the code running in frame `fp`
/// (registers read are within its frame).
pub unsafe fn enum2(head: *const Inst, last: *const Inst, fp: *mut Value) {
    if !crate::vm::link::fusion_on() {
        return; // --no-fuse: every op stays its own handler
    }
    let fr = handler!(iter::for_range) as usize;
    let up = handler!(containers::unpack_seq) as usize;
    let mut p = head;
    while p < last {
        let (i, u) = (&*p, &*p.add(1));
        if i.h as usize == fr && u.h as usize == up && u.b == i.b && u.c == 2 {
            // SAFETY: register `a` of a linked instruction is in `fp`'s frame.
            let it = crate::vm::dispatch::reg(fp, i.a);
            let is_enum = it
                .downcast::<IterObj>(Kind::Iter)
                .is_some_and(|io| matches!(io.st, IterState::Enumerate { .. }));
            if is_enum {
                // SAFETY: instructions are mutable at run time (quickening).
                (*(p as *mut Inst)).h = handler!(iter::for_enum2);
            }
        }
        p = p.add(1);
    }
}
