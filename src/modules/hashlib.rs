//! `_hashlib`: the native core of `hashlib` (bundled `py/hashlib.py` holds the
//! `HASH` / `HASHXOF` / `blake2b` / `blake2s` classes around a native state, the
//! split CPython has between Lib/hashlib.py and Modules/_hashopenssl.c).
//! Digests come from the RustCrypto crates (`md-5`, `sha1`, `sha2`, `sha3`) and
//! BLAKE2 from `blake2b_simd` / `blake2s_simd`, which take every parameter
//! CPython's `_blake2` does. Also `pbkdf2_hmac` and `compare_digest` (for hmac).

use super::{arity, defs};
use crate::builtins::util::parse_args;
use crate::heap::*;
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};
use num_traits::ToPrimitive;
use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update, XofReader};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("_hashlib");
    defs(
        cx,
        m,
        &[
            ("new", h_new),
            ("blake2", h_blake2),
            ("update", h_update),
            ("digest", h_digest),
            ("copy", h_copy),
            ("info", h_info),
            ("pbkdf2_hmac", h_pbkdf2_hmac),
            ("hmac_digest", h_hmac_digest),
            ("compare_digest", h_compare_digest),
        ],
    );
    Ok(m)
}

/// A running hash (the payload of a `HASH` object's `_state`).
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(blake2b_simd::State),
    Blake2s(blake2s_simd::State),
}

/// (name, digest_size, block_size, constructor); digest_size 0 marks the XOFs.
const ALGOS: &[(&str, usize, usize, fn() -> Hasher)] = &[
    ("md5", 16, 64, || Hasher::Md5(Default::default())),
    ("sha1", 20, 64, || Hasher::Sha1(Default::default())),
    ("sha224", 28, 64, || Hasher::Sha224(Default::default())),
    ("sha256", 32, 64, || Hasher::Sha256(Default::default())),
    ("sha384", 48, 128, || Hasher::Sha384(Default::default())),
    ("sha512", 64, 128, || Hasher::Sha512(Default::default())),
    ("sha512_224", 28, 128, || Hasher::Sha512_224(Default::default())),
    ("sha512_256", 32, 128, || Hasher::Sha512_256(Default::default())),
    ("sha3_224", 28, 144, || Hasher::Sha3_224(Default::default())),
    ("sha3_256", 32, 136, || Hasher::Sha3_256(Default::default())),
    ("sha3_384", 48, 104, || Hasher::Sha3_384(Default::default())),
    ("sha3_512", 64, 72, || Hasher::Sha3_512(Default::default())),
    ("shake_128", 0, 168, || Hasher::Shake128(Default::default())),
    ("shake_256", 0, 136, || Hasher::Shake256(Default::default())),
    ("blake2b", 64, 128, || Hasher::Blake2b(blake2b_simd::State::new())),
    ("blake2s", 32, 64, || Hasher::Blake2s(blake2s_simd::State::new())),
];

/// Apply `$body` to the digest inside any fixed-output variant (`$x` bound to it).
macro_rules! fixed {
    ($h:expr, $x:ident => $body:expr, $other:pat => $alt:expr) => {
        match $h {
            Hasher::Md5($x) => $body,
            Hasher::Sha1($x) => $body,
            Hasher::Sha224($x) => $body,
            Hasher::Sha256($x) => $body,
            Hasher::Sha384($x) => $body,
            Hasher::Sha512($x) => $body,
            Hasher::Sha512_224($x) => $body,
            Hasher::Sha512_256($x) => $body,
            Hasher::Sha3_224($x) => $body,
            Hasher::Sha3_256($x) => $body,
            Hasher::Sha3_384($x) => $body,
            Hasher::Sha3_512($x) => $body,
            $other => $alt,
        }
    };
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        fixed!(self, h => Digest::update(h, data), other => match other {
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
            Hasher::Blake2b(h) => drop(h.update(data)),
            Hasher::Blake2s(h) => drop(h.update(data)),
            _ => unreachable!("fixed! covers the other variants"),
        })
    }

    /// The digest so far (`len` bytes for the XOFs), leaving the state usable.
    fn digest(&self, len: usize) -> Vec<u8> {
        fixed!(self, h => h.clone().finalize().to_vec(), other => match other {
            Hasher::Shake128(h) => xof(h.clone().finalize_xof(), len),
            Hasher::Shake256(h) => xof(h.clone().finalize_xof(), len),
            Hasher::Blake2b(h) => h.finalize().as_bytes().to_vec(),
            Hasher::Blake2s(h) => h.finalize().as_bytes().to_vec(),
            _ => unreachable!("fixed! covers the other variants"),
        })
    }
}

fn xof(mut r: impl XofReader, len: usize) -> Vec<u8> {
    let mut out = vec![0; len];
    r.read(&mut out);
    out
}

impl Trace for Hasher {
    fn trace(&self, _heap: &mut Heap) {}
}

impl OtherPayload for Hasher {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn wrap(cx: &mut Ctx, h: Hasher) -> Value {
    let cls = cx.rt.types.object;
    cx.alloc_obj(OtherObj { h: ObjHeader::new(cls, Kind::Other), payload: Box::new(h) })
}

fn state<'a>(cx: &mut Ctx, v: Value) -> PyResult<&'a mut Hasher> {
    if let Some(o) = v.downcast::<OtherObj>(Kind::Other) {
        if let Some(s) = o.payload.as_any().downcast_mut::<Hasher>() {
            return Ok(s);
        }
    }
    Err(cx.type_error("expected a hash state"))
}

/// Data to hash: bytes-like; str gets CPython's "Strings must be encoded" message.
fn data_arg(cx: &mut Ctx, v: Value) -> PyResult<&'static [u8]> {
    match crate::builtins::bytes::bytes_like(v) {
        Some(b) => Ok(b),
        None if runtime::str_of(v).is_some() => Err(cx.type_error("Strings must be encoded before hashing")),
        None => Err(cx.type_error("object supporting the buffer API required")),
    }
}

/// The algorithm `name` (case-insensitive), or ValueError "unsupported hash type".
fn algo(cx: &mut Ctx, name: Value) -> PyResult<usize> {
    let Some(s) = runtime::str_of(name) else {
        return Err(cx.type_error("name must be a string"));
    };
    match ALGOS.iter().position(|a| a.0 == s).or_else(|| ALGOS.iter().position(|a| a.0.eq_ignore_ascii_case(s))) {
        Some(i) => Ok(i),
        None => Err(cx.value_error(format!("unsupported hash type {s}"))),
    }
}

/// `new(name[, data])`: a fresh state for `name`, fed `data`.
fn h_new(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "new", args, kw, 1, 2)?;
    let i = algo(cx, args[0])?;
    let mut h = (ALGOS[i].3)();
    if let Some(&d) = args.get(1) {
        h.update(data_arg(cx, d)?);
    }
    Ok(wrap(cx, h))
}

/// `info(name)`: (canonical name, digest_size, block_size).
fn h_info(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "info", args, kw, 1, 1)?;
    let (name, ds, bs, _) = ALGOS[algo(cx, args[0])?];
    let items = vec![cx.new_str(name), cx.new_int(ds as i64), cx.new_int(bs as i64)];
    Ok(cx.new_tuple(items))
}

fn h_update(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "update", args, kw, 2, 2)?;
    let data = data_arg(cx, args[1])?;
    state(cx, args[0])?.update(data);
    Ok(Value::none())
}

/// `digest(state[, length])`: length is for the XOFs (shake_*).
fn h_digest(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "digest", args, kw, 1, 2)?;
    let len = match args.get(1) {
        Some(&v) => crate::builtins::util::to_index(cx, v)?,
        None => 0,
    };
    if len < 0 {
        return Err(cx.system_error("Negative size passed to PyBytes_FromStringAndSize"));
    }
    let out = state(cx, args[0])?.digest(len as usize);
    Ok(cx.new_bytes(out))
}

fn h_copy(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "copy", args, kw, 1, 1)?;
    let h = state(cx, args[0])?.clone();
    Ok(wrap(cx, h))
}

// ---------------------------------------------------------------- BLAKE2

/// An int parameter in `lo..=hi`, else ValueError `msg`.
fn int_in(cx: &mut Ctx, v: Value, default: i64, lo: i64, hi: i64, msg: &str) -> PyResult<i64> {
    if v.is_unbound() {
        return Ok(default);
    }
    let i = crate::builtins::util::to_index(cx, v)?;
    if i < lo || i > hi {
        return Err(cx.value_error(msg.to_string()));
    }
    Ok(i)
}

/// An unsigned parameter below `limit` ("value must be positive" / "NAME is too large").
fn unsigned(cx: &mut Ctx, v: Value, name: &str, limit: u128) -> PyResult<u64> {
    if v.is_unbound() {
        return Ok(0);
    }
    let big = match runtime::int_of(v) {
        Some(i) => num_bigint::BigInt::from(i),
        None => match runtime::bigint_ref(v) {
            Some(b) => b.clone(),
            None => num_bigint::BigInt::from(crate::builtins::util::to_index(cx, v)?),
        },
    };
    if big.sign() == num_bigint::Sign::Minus {
        return Err(cx.value_error("value must be positive"));
    }
    match big.to_u64() {
        Some(u) if (u as u128) < limit => Ok(u),
        Some(_) => Err(cx.overflow_error(format!("{name} is too large"))),
        None => Err(cx.overflow_error("int too big to convert")),
    }
}

/// A key/salt/person parameter: bytes-like, at most `max` bytes.
fn param_bytes(cx: &mut Ctx, v: Value, max: usize, what: &str) -> PyResult<&'static [u8]> {
    if v.is_unbound() {
        return Ok(&[]);
    }
    let b = super::buffer_arg(cx, v)?;
    if b.len() > max {
        return Err(cx.value_error(format!("maximum {what} length is {max} bytes")));
    }
    Ok(b)
}

/// `blake2(variant, data, digest_size=, key=, salt=, person=, fanout=, depth=,
/// leaf_size=, node_offset=, node_depth=, inner_size=, last_node=)` with
/// `_blake2`'s checks and messages; variant is "blake2b" or "blake2s".
fn h_blake2(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let [variant, data, ds, key, salt, person, fanout, depth, leaf, off, ndepth, inner, last] = parse_args(
        cx,
        "blake2",
        args,
        kw,
        [
            "variant", "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
            "node_depth", "inner_size", "last_node",
        ],
        2,
    )?;
    let big = runtime::str_of(variant) == Some("blake2b");
    let (out, lim_salt, node_limit) = if big { (64, 16, u64::MAX as u128 + 1) } else { (32, 8, 1u128 << 48) };
    let ds = int_in(cx, ds, out, 1, out, &format!("digest_size must be between 1 and {out} bytes"))?;
    let key = param_bytes(cx, key, out as usize, "key")?.to_vec();
    let salt = param_bytes(cx, salt, lim_salt, "salt")?.to_vec();
    let person = param_bytes(cx, person, lim_salt, "person")?.to_vec();
    let fanout = int_in(cx, fanout, 1, 0, 255, "fanout must be between 0 and 255")? as u8;
    let depth = int_in(cx, depth, 1, 1, 255, "depth must be between 1 and 255")? as u8;
    let leaf = unsigned(cx, leaf, "leaf_size", 1 << 32)? as u32;
    let off = unsigned(cx, off, "node_offset", node_limit)?;
    let ndepth = int_in(cx, ndepth, 0, 0, 255, "node_depth must be between 0 and 255")? as u8;
    let inner = int_in(cx, inner, 0, 0, out, &format!("inner_size must be between 0 and is {out}"))? as usize;
    let last = !last.is_unbound() && runtime::truthy(cx, last)?;
    let ds = ds as usize;
    let mut h = if big {
        let mut p = blake2b_simd::Params::new();
        p.hash_length(ds).key(&key).salt(&salt).personal(&person).fanout(fanout).max_depth(depth);
        p.max_leaf_length(leaf).node_offset(off).node_depth(ndepth).inner_hash_length(inner).last_node(last);
        Hasher::Blake2b(p.to_state())
    } else {
        let mut p = blake2s_simd::Params::new();
        p.hash_length(ds).key(&key).salt(&salt).personal(&person).fanout(fanout).max_depth(depth);
        p.max_leaf_length(leaf).node_offset(off).node_depth(ndepth).inner_hash_length(inner).last_node(last);
        Hasher::Blake2s(p.to_state())
    };
    if !data.is_unbound() {
        h.update(data_arg(cx, data)?);
    }
    Ok(wrap(cx, h))
}

// ---------------------------------------------------------------- pbkdf2, compare_digest

/// HMAC over `Hasher`: the inner and outer states after absorbing the padded key.
fn hmac_states(i: usize, key: &[u8]) -> (Hasher, Hasher) {
    let (_, _, block, new) = ALGOS[i];
    let mut k = if key.len() > block {
        let mut h = new();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let (mut inner, mut outer) = (new(), new());
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<_>>());
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<_>>());
    (inner, outer)
}

fn hmac(states: &(Hasher, Hasher), msg: &[u8]) -> Vec<u8> {
    let mut inner = states.0.clone();
    inner.update(msg);
    let mut outer = states.1.clone();
    outer.update(&inner.digest(0));
    outer.digest(0)
}

/// `hmac_digest(key, msg, name)`: HMAC of `msg` in one call (hmac.digest's
/// fast path, as CPython's _hashopenssl.hmac_digest); None for a name that
/// is not a fixed-size digest we have (hmac.py then takes its Python path).
fn h_hmac_digest(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "hmac_digest", args, kw, 3, 3)?;
    let (key, msg) = (super::buffer_arg(cx, args[0])?, super::buffer_arg(cx, args[1])?);
    let found = runtime::str_of(args[2]).and_then(|s| ALGOS.iter().position(|a| a.0.eq_ignore_ascii_case(s)));
    match found.filter(|&i| ALGOS[i].1 != 0) {
        Some(i) => {
            let out = hmac(&hmac_states(i, key), msg);
            Ok(cx.new_bytes(out))
        }
        None => Ok(Value::none()),
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018).
fn h_pbkdf2_hmac(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let [name, password, salt, iters, dklen] =
        parse_args(cx, "pbkdf2_hmac", args, kw, ["hash_name", "password", "salt", "iterations", "dklen"], 4)?;
    if runtime::str_of(name).is_none() {
        let t = runtime::type_name(cx, name);
        return Err(cx.type_error(format!("pbkdf2_hmac() argument 'hash_name' must be str, not {t}")));
    }
    super::buffer_arg(cx, password)?;
    super::buffer_arg(cx, salt)?;
    let iters = crate::builtins::util::to_index(cx, iters)?;
    if iters < 1 {
        return Err(cx.value_error("iteration value must be greater than 0."));
    }
    let i = algo(cx, name)?;
    let size = ALGOS[i].1;
    if size == 0 {
        let n = runtime::str_of(name).unwrap_or("");
        return Err(cx.value_error(format!("unsupported hash type {n}")));
    }
    let dklen = if dklen.is_unbound() || dklen.is_none() { size as i64 } else { crate::builtins::util::to_index(cx, dklen)? };
    if dklen < 1 {
        return Err(cx.value_error("key length must be greater than 0."));
    }
    // Re-borrow: the __index__ calls above may have run Python code.
    let (password, salt) = (super::buffer_arg(cx, password)?, super::buffer_arg(cx, salt)?);
    let states = hmac_states(i, password);
    let mut out = Vec::with_capacity(dklen as usize + size);
    let mut block = 1u32;
    while out.len() < dklen as usize {
        let mut u = hmac(&states, &[salt, &block.to_be_bytes()].concat());
        let mut t = u.clone();
        for _ in 1..iters {
            u = hmac(&states, &u);
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(dklen as usize);
    Ok(cx.new_bytes(out))
}

/// `compare_digest(a, b)`: equality in time independent of where they differ
/// (ASCII str with str, or bytes-like with bytes-like), as `_operator`'s.
fn h_compare_digest(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "compare_digest", args, kw, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let (x, y) = match (runtime::str_of(a), runtime::str_of(b)) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(cx.type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes(), y.as_bytes())
        }
        (None, None) => {
            let bl = crate::builtins::bytes::bytes_like;
            match (bl(a), bl(b)) {
                (Some(x), Some(y)) => (x, y),
                _ => return Err(unsupported_pair(cx, a, b)),
            }
        }
        _ => return Err(unsupported_pair(cx, a, b)),
    };
    // Touch every byte of `y` whatever the lengths, as CPython's _tscmp does.
    let mut diff = (x.len() != y.len()) as u8;
    for (i, &c) in y.iter().enumerate() {
        diff |= c ^ x.get(i).copied().unwrap_or(!c);
    }
    Ok(cx.new_bool(diff == 0))
}

#[cold]
#[inline(never)]
fn unsupported_pair(cx: &mut Ctx, a: Value, b: Value) -> crate::Exc {
    if crate::builtins::bytes::bytes_like(a).is_some() || crate::builtins::bytes::bytes_like(b).is_some() {
        let t = runtime::type_name(cx, if runtime::str_of(a).is_some() { a } else { b });
        return cx.type_error(format!("a bytes-like object is required, not '{t}'"));
    }
    let (ta, tb) = (runtime::type_name(cx, a), runtime::type_name(cx, b));
    cx.type_error(format!("unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"))
}
