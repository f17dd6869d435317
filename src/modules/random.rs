//! `_random`: the native core of `random` (CPython's split): Mersenne Twister
//! state objects, seeding (ints, hashes, str/bytes via SHA-512), `random()`,
//! `getrandbits`, state get/set, and OS entropy for `SystemRandom`.

use super::mt::{bytes_seed, Mt};
use super::{arity, new_module};
use crate::heap::*;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const FUNCS: &[(&str, NativeFn)] = &[
    ("new", r_new),
    ("seed", r_seed),
    ("random", r_random),
    ("getrandbits", r_getrandbits),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
    ("bytes_seed", r_bytes_seed),
    ("os_random", r_os_random),
    ("os_getrandbits", r_os_getrandbits),
    ("bound_random", r_bound_random),
    ("bound_getrandbits", r_bound_getrandbits),
];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    Ok(new_module(cx, "_random", FUNCS))
}

/// Generator state held by a `Random` instance (`self._state`).
struct RandState(Mt);

impl Trace for RandState {
    fn trace(&self, _heap: &mut Heap) {}
}

impl OtherPayload for RandState {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn state<'a>(cx: &mut Ctx, v: Value) -> PyResult<&'a mut Mt> {
    if let Some(o) = v.downcast::<OtherObj>(Kind::Other) {
        if let Some(s) = o.payload.as_any().downcast_mut::<RandState>() {
            return Ok(&mut s.0);
        }
    }
    Err(cx.type_error("expected a random state"))
}

fn r_new(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "new", args, kw, 0, 0)?;
    let cls = cx.rt.types.object;
    Ok(cx.alloc_obj(OtherObj { h: ObjHeader::new(cls, Kind::Other), payload: Box::new(RandState(Mt::default())) }))
}

/// 624 words of OS entropy (time-based if /dev/urandom is unavailable).
fn entropy_words(n: usize) -> Vec<u32> {
    let mut buf = vec![0u8; n * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
    if !ok {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let pid = std::process::id() as u128;
        return vec![t as u32, (t >> 32) as u32, (t >> 64) as u32, pid as u32];
    }
    buf.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

fn r_seed(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "seed", args, kw, 1, 2)?;
    let st = state(cx, args[0])?;
    let a = args.get(1).copied().unwrap_or(Value::none());
    if a.is_none() {
        st.init_by_array(&entropy_words(624));
        return Ok(Value::none());
    }
    let n = match runtime::bigint_of(a) {
        Some(b) => b.abs(),
        None => BigInt::from(runtime::hash(cx, a)? as u64),
    };
    let st = state(cx, args[0])?;
    st.seed_int(&n);
    Ok(Value::none())
}

fn r_random(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() != 1 || !kw.is_empty() {
        let n = args.len().saturating_sub(1);
        return Err(cx.type_error(format!("Random.random() takes no arguments ({n} given)")));
    }
    let st = state(cx, args[0])?;
    let f = st.random();
    Ok(cx.new_float(f))
}

fn nbits(cx: &mut Ctx, v: Value) -> PyResult<u64> {
    let k = crate::builtins::util::to_index(cx, v)?;
    if k < 0 {
        return Err(cx.value_error("number of bits must be non-negative"));
    }
    Ok(k as u64)
}

fn r_getrandbits(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    if args.len() != 2 || !kw.is_empty() {
        let n = args.len().saturating_sub(1);
        return Err(cx.type_error(format!("Random.getrandbits() takes exactly one argument ({n} given)")));
    }
    let k = nbits(cx, args[1])?;
    let st = state(cx, args[0])?;
    if k <= 61 {
        let r = st.getrandbits_u64(k as u32);
        return Ok(cx.new_int(r as i64));
    }
    let b = st.getrandbits(k);
    Ok(cx.new_bigint(b))
}

fn r_getstate(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "getstate", args, kw, 1, 1)?;
    let (words, index) = state(cx, args[0])?.get_state();
    let mut items: Vec<Value> = words.iter().map(|&w| cx.new_int(w as i64)).collect();
    items.push(cx.new_int(index as i64));
    Ok(cx.new_tuple(items))
}

fn r_setstate(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "setstate", args, kw, 2, 2)?;
    let Some(items) = runtime::tuple_items(args[1]) else {
        return Err(cx.type_error("state vector must be a tuple"));
    };
    if items.len() != 625 {
        return Err(cx.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(624);
    for &v in &items[..624] {
        let w = runtime::bigint_of(v).and_then(|b| b.to_u32());
        match w {
            Some(w) => words.push(w),
            None => return Err(cx.overflow_error("Python int too large to convert to C unsigned long")),
        }
    }
    let index = runtime::int_of(items[624]).unwrap_or(-1);
    let st = state(cx, args[0])?;
    if index < 0 || !st.set_state(&words, index as usize) {
        return Err(cx.value_error("invalid state"));
    }
    Ok(Value::none())
}

fn r_bytes_seed(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "bytes_seed", args, kw, 1, 1)?;
    let a = args[0];
    let b = if let Some(s) = runtime::str_of(a) {
        bytes_seed(s.as_bytes())
    } else if let Some(b) = a.downcast::<BytesObj>(Kind::Bytes) {
        bytes_seed(&b.b)
    } else {
        let t = runtime::type_name(cx, a);
        return Err(cx.type_error(format!("expected str or bytes, not {t}")));
    };
    Ok(cx.new_bigint(b))
}

fn os_mt() -> Mt {
    let mut m = Mt::default();
    m.init_by_array(&entropy_words(16));
    m
}

fn r_os_random(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "os_random", args, kw, 0, 0)?;
    let f = os_mt().random();
    Ok(cx.new_float(f))
}

fn r_os_getrandbits(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "os_getrandbits", args, kw, 1, 1)?;
    let k = nbits(cx, args[0])?;
    let b = os_mt().getrandbits(k);
    Ok(cx.new_bigint(b))
}

/// `random()` bound to a state: the module-level `random.random` without a
/// Python-level method call in between.
fn r_bound_random(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "bound_random", args, kw, 1, 1)?;
    state(cx, args[0])?;
    Ok(cx.new_native_bound("random", r_random, args[0]))
}

fn r_bound_getrandbits(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "bound_getrandbits", args, kw, 1, 1)?;
    state(cx, args[0])?;
    Ok(cx.new_native_bound("getrandbits", r_getrandbits, args[0]))
}
