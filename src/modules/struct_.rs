//! `_struct`: the native core of `struct` (CPython 3.11's Modules/_struct.c
//! semantics): format parsing with native size/alignment (`@`) or standard
//! sizes (`= < > !`), packing and unpacking of `x c b B ? h H i I l L q Q n N
//! e f d s p P`, and CPython's error messages. `py/struct.py` adds `Struct`
//! and `iter_unpack`'s iterator.
//!
//! Like CPython (which swaps in its native packers where the standard size
//! equals the native one), `<` and `=` on this little-endian target report
//! range errors with the native messages ("short format requires ..."), `>`
//! and `!` with the "'h' format requires ..." ones.

use super::{defs, set};
use crate::heap::*;
use crate::runtime;
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("_struct");
    let name = cx.new_str("error");
    let ns = cx.new_dict();
    let (key, module) = (cx.intern("__module__"), cx.new_str("struct"));
    runtime::set_item(cx, ns, key, module)?;
    let base = Value::from_ptr(cx.rt.types.exception);
    let err = runtime::class::new_class(cx, name, &[base], ns)?;
    set(cx, m, "error", err);
    defs(
        cx,
        m,
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("pack_into", pack_into),
            ("iter_unpack", iter_unpack),
        ],
    );
    Ok(m)
}

/// Raise `struct.error(msg)`.
#[cold]
#[inline(never)]
fn error(cx: &mut Ctx, msg: impl Into<String>) -> Exc {
    let key = cx.intern("_struct");
    // SAFETY: sys.modules is created by runtime::init and lives for the whole run.
    let m = unsafe { (*cx.rt.modules).t.get_str(key) };
    let cls = m.and_then(|m| {
        let k = cx.intern("error");
        // SAFETY: `_struct` in sys.modules is the module object `init` built; its dict is live.
        unsafe { (*m.obj::<ModuleObj>().dict).t.get_str(k) }
    });
    match cls.and_then(runtime::class_of_value) {
        Some(c) => cx.err(c, msg),
        None => cx.runtime_error(msg),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

/// One format code with its repeat count and byte offset.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// Number of values packed / unpacked.
    nvalues: usize,
}

/// (size, alignment) of a code; None for a code the byte order lacks.
fn code_info(order: Order, c: u8) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b's' | b'p' => (1, 1),
        b'?' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' => (if native { 8 } else { 4 }, 8),
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

/// The format argument's bytes (str encoded as ASCII, or bytes), with CPython's errors.
fn format_bytes(cx: &mut Ctx, f: Value) -> PyResult<Vec<u8>> {
    let b = match runtime::str_of(f) {
        Some(s) if s.is_ascii() => s.as_bytes().to_vec(),
        Some(_) => {
            let encode = cx.intern("encode");
            let m = runtime::get_attr(cx, f, encode)?;
            let ascii = cx.new_str("ascii");
            let e = runtime::call(cx, m, &[ascii], &[])?;
            e.obj::<BytesObj>().b.to_vec()
        }
        None if f.is_kind(Kind::Bytes) => f.obj::<BytesObj>().b.to_vec(),
        None => {
            let tn = runtime::type_name(cx, f);
            return Err(cx.type_error(format!("Struct() argument 1 must be a str or bytes object, not {tn}")));
        }
    };
    if b.contains(&0) {
        return Err(error(cx, "embedded null character"));
    }
    Ok(b)
}

fn parse(cx: &mut Ctx, f: Value) -> PyResult<Layout> {
    let fmt = &format_bytes(cx, f)?[..];
    let (order, mut i) = match fmt.first() {
        Some(b'@') => (Order::Native, 1),
        Some(b'<') | Some(b'=') => (Order::Little, 1),
        Some(b'>') | Some(b'!') => (Order::Big, 1),
        _ => (Order::Native, 0),
    };
    let mut items = Vec::new();
    let (mut size, mut nvalues) = (0usize, 0usize);
    while i < fmt.len() {
        let mut c = fmt[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = fmt.get(i) else {
                    return Err(error(cx, "repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = match count.checked_mul(10).and_then(|n| n.checked_add((d - b'0') as usize)) {
                    Some(n) if n <= isize::MAX as usize => n,
                    _ => return Err(error(cx, "total struct size too long")),
                };
            }
        }
        let Some((isize_, align)) = code_info(order, c) else {
            return Err(error(cx, "bad char in struct format"));
        };
        if order == Order::Native && size > 0 {
            size += (align - 1) - (size - 1) % align;
        }
        nvalues += match c {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
        items.push(Item { code: c, count, offset: size });
        size = match count.checked_mul(isize_).and_then(|n| n.checked_add(size)) {
            Some(n) if n <= isize::MAX as usize => n,
            _ => return Err(error(cx, "total struct size too long")),
        };
    }
    Ok(Layout { order, items, size, nvalues })
}

fn calcsize(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::arity(cx, "calcsize", args, kw, 1, 1)?;
    let l = parse(cx, args[0])?;
    Ok(cx.new_int(l.size as i64))
}

// ---------------------------------------------------------------- packing

/// How an integer code reads its argument and checks its range.
#[derive(Clone, Copy)]
enum Get {
    /// C long: overflow is "argument out of range".
    Long,
    /// C unsigned long: negative or overflow is "argument out of range".
    ULong,
    /// `_PyLong_AsByteArray` (big-endian q/Q) and `PyLong_AsVoidPtr` (P):
    /// overflow is "int too large to convert".
    Bytes,
}

#[derive(Clone, Copy)]
enum Check {
    /// The C conversion is the whole check (8-byte codes).
    Full,
    /// "{name} format requires lo <= number <= hi" (CPython's np_byte etc.).
    Named(&'static str),
    /// "'c' format requires lo <= number <= hi".
    Range,
}

fn int_rule(order: Order, c: u8, size: usize) -> (Get, Check) {
    let signed = c.is_ascii_lowercase();
    let get = if signed { Get::Long } else { Get::ULong };
    match (order, c) {
        (_, b'b') => (Get::Long, Check::Named("byte")),
        (_, b'B') => (Get::Long, Check::Named("ubyte")),
        (_, b'P') => (Get::Bytes, Check::Full),
        (Order::Big, b'q' | b'Q') => (Get::Bytes, Check::Full),
        (Order::Big, _) => (get, Check::Range),
        (_, b'h') => (Get::Long, Check::Named("short")),
        (_, b'H') => (Get::Long, Check::Named("ushort")),
        _ if size < 8 => (get, Check::Range),
        _ => (get, Check::Full),
    }
}

/// The argument as an int (`__index__`), or struct.error.
fn get_int(cx: &mut Ctx, v: Value) -> PyResult<BigInt> {
    let index = cx.intern("__index__");
    let is_int = runtime::bigint_of(v).is_some()
        || (v.is_kind(Kind::Instance) && runtime::user_lookup(runtime::type_of(cx, v), index).is_some());
    if !is_int {
        return Err(error(cx, "required argument is not an integer"));
    }
    super::math::to_bigint(cx, v)
}

/// Pack an integer code: the value's low `size` bytes as a u64.
fn pack_int(cx: &mut Ctx, order: Order, c: u8, size: usize, v: Value) -> PyResult<u64> {
    let x = get_int(cx, v)?;
    let (get, check) = int_rule(order, c, size);
    let signed = c.is_ascii_lowercase();
    // The C conversion first (long, unsigned long, or the 8-byte array).
    let (converted, msg) = match get {
        Get::Long => (x.to_i64().map(|i| i as u64), "argument out of range"),
        Get::ULong => (x.to_u64(), "argument out of range"),
        Get::Bytes if c == b'P' => (x.to_i64().map(|i| i as u64).or_else(|| x.to_u64()), "int too large to convert"),
        Get::Bytes if signed => (x.to_i64().map(|i| i as u64), "int too large to convert"),
        Get::Bytes => (x.to_u64(), "int too large to convert"),
    };
    let Some(bits) = converted else {
        return Err(error(cx, msg));
    };
    if size == 8 {
        return Ok(bits);
    }
    // Then the range of the code's size.
    let b = size as u32 * 8;
    let (lo, hi): (i64, i64) = if signed { (-(1i64 << (b - 1)), (1i64 << (b - 1)) - 1) } else { (0, (1i64 << b) - 1) };
    let in_range = match get {
        Get::ULong => bits <= hi as u64,
        _ => (lo..=hi).contains(&(bits as i64)),
    };
    if in_range {
        return Ok(bits);
    }
    let msg = match check {
        Check::Named(n) => format!("{n} format requires {lo} <= number <= {hi}"),
        _ => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
    };
    Err(error(cx, msg))
}

/// The argument as a float (`__float__`/`__index__` as PyFloat_AsDouble), or struct.error.
fn get_float(cx: &mut Ctx, v: Value) -> PyResult<f64> {
    if let Some(f) = runtime::float_of(v) {
        return Ok(f);
    }
    if let Some(b) = runtime::bigint_of(v) {
        if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
            return Ok(f);
        }
    } else if v.is_kind(Kind::Instance) {
        for dunder in ["__float__", "__index__"] {
            let name = cx.intern(dunder);
            if let Some(m) = runtime::get_attr_opt(cx, v, name)? {
                let r = runtime::call(cx, m, &[], &[])?;
                return get_float(cx, r);
            }
        }
    }
    Err(error(cx, "required argument is not a float"))
}

/// IEEE 754 binary16 bits of `x` (CPython's PyFloat_Pack2: round half to even); None on overflow.
fn half_bits(x: f64) -> Option<u16> {
    let sign = (x.is_sign_negative() as u16) << 15;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let (mut f, mut e) = runtime::num::frexp(a);
    f *= 2.0;
    e -= 1;
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f = runtime::num::ldexp(f, (14 + e) as i64);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    if f - bits as f64 > 0.5 || (f - bits as f64 == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(bits | (e as u16) << 10 | sign)
}

fn half_value(h: u16) -> f64 {
    let neg = h & 0x8000 != 0;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        runtime::num::ldexp(f / 1024.0, -14)
    } else {
        runtime::num::ldexp(1.0 + f / 1024.0, (e - 15) as i64)
    };
    if neg {
        -x
    } else {
        x
    }
}

fn put(out: &mut [u8], order: Order, bits: u64, size: usize) {
    let le = bits.to_le_bytes();
    for k in 0..size {
        let byte = le[k];
        if order == Order::Big {
            out[size - 1 - k] = byte;
        } else {
            out[k] = byte;
        }
    }
}

fn take(buf: &[u8], order: Order, size: usize) -> u64 {
    let mut le = [0u8; 8];
    for k in 0..size {
        le[k] = if order == Order::Big { buf[size - 1 - k] } else { buf[k] };
    }
    u64::from_le_bytes(le)
}

#[cold]
#[inline(never)]
fn float_overflow(cx: &mut Ctx, c: u8) -> Exc {
    cx.overflow_error(format!("float too large to pack with {} format", c as char))
}

/// Pack `vals` by `l` into `out` (zeroed, `l.size` bytes).
fn pack_values(cx: &mut Ctx, l: &Layout, vals: &[Value], out: &mut [u8], what: &str) -> PyResult<()> {
    if vals.len() != l.nvalues {
        return Err(error(cx, format!("{what} expected {} items for packing (got {})", l.nvalues, vals.len())));
    }
    let mut vi = 0;
    for it in &l.items {
        let c = it.code;
        let (size, _) = code_info(l.order, c).expect("parsed code");
        if c == b's' || c == b'p' {
            let v = vals[vi];
            vi += 1;
            if !v.is_kind(Kind::Bytes) {
                return Err(error(cx, format!("argument for '{}' must be a bytes object", c as char)));
            }
            let b = &v.obj::<BytesObj>().b;
            let dst = &mut out[it.offset..it.offset + it.count];
            if c == b's' {
                let n = b.len().min(it.count);
                dst[..n].copy_from_slice(&b[..n]);
            } else if it.count > 0 {
                let n = b.len().min(it.count - 1);
                dst[1..1 + n].copy_from_slice(&b[..n]);
                dst[0] = n.min(255) as u8;
            }
            continue;
        }
        for k in 0..it.count {
            let at = it.offset + k * size;
            if c == b'x' {
                continue;
            }
            let v = vals[vi];
            vi += 1;
            let dst = &mut out[at..at + size];
            match c {
                b'c' => match v.is_kind(Kind::Bytes).then(|| &v.obj::<BytesObj>().b) {
                    Some(b) if b.len() == 1 => dst[0] = b[0],
                    _ => return Err(error(cx, "char format requires a bytes object of length 1")),
                },
                b'?' => dst[0] = runtime::truthy(cx, v)? as u8,
                b'e' => {
                    let f = get_float(cx, v)?;
                    let Some(h) = half_bits(f) else { return Err(float_overflow(cx, c)) };
                    put(dst, l.order, h as u64, 2);
                }
                b'f' => {
                    let f = get_float(cx, v)?;
                    let y = f as f32;
                    if l.order != Order::Native && y.is_infinite() && f.is_finite() {
                        return Err(float_overflow(cx, c));
                    }
                    put(dst, l.order, y.to_bits() as u64, 4);
                }
                b'd' => {
                    let f = get_float(cx, v)?;
                    put(dst, l.order, f.to_bits(), 8);
                }
                _ => {
                    let bits = pack_int(cx, l.order, c, size, v)?;
                    put(dst, l.order, bits, size);
                }
            }
        }
    }
    Ok(())
}

fn pack(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("pack() takes no keyword arguments"));
    }
    let Some((&f, vals)) = args.split_first() else {
        return Err(cx.type_error("missing format argument"));
    };
    let l = parse(cx, f)?;
    let mut out = Vec::new();
    if l.size > crate::heap::STR_MAX_LEN || out.try_reserve_exact(l.size).is_err() {
        return Err(cx.memory_error(""));
    }
    out.resize(l.size, 0);
    pack_values(cx, &l, vals, &mut out, "pack")?;
    Ok(cx.new_bytes(out))
}

// ---------------------------------------------------------------- unpacking

/// The bytes of a bytes-like argument (bytes, bytearray, contiguous memoryview).
fn buffer_bytes(cx: &mut Ctx, v: Value) -> PyResult<Vec<u8>> {
    match crate::builtins::bytes::bytes_like(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let tn = runtime::type_name(cx, v);
            Err(cx.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A buffer offset as CPython's unpack_from/pack_into take it: negative
/// counts from the end. Returns the start, or struct.error.
fn buffer_offset(cx: &mut Ctx, off: Value, n: usize, size: usize, what: &str) -> PyResult<usize> {
    let mut off = crate::builtins::util::to_index(cx, off)?;
    let n = n as i64;
    if off < 0 {
        if off + n < 0 {
            return Err(error(cx, format!("offset {off} out of range for {n}-byte buffer")));
        }
        off += n;
    }
    if n - off < size as i64 {
        let verb = if what == "pack_into" { "packing" } else { "unpacking" };
        let msg = format!(
            "{what} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {off} (actual buffer size is {n})",
            size as i128 + off as i128,
        );
        return Err(error(cx, msg));
    }
    Ok(off as usize)
}

fn unpack_values(cx: &mut Ctx, l: &Layout, buf: &[u8]) -> PyResult<Value> {
    let mut vals = Vec::with_capacity(l.nvalues);
    for it in &l.items {
        let c = it.code;
        let (size, _) = code_info(l.order, c).expect("parsed code");
        if c == b's' {
            vals.push(cx.new_bytes(buf[it.offset..it.offset + it.count].to_vec()));
            continue;
        }
        if c == b'p' {
            let src = &buf[it.offset..it.offset + it.count];
            let n = match src.first() {
                Some(&n) => (n as usize).min(it.count - 1),
                None => 0,
            };
            let b = if it.count == 0 { Vec::new() } else { src[1..1 + n].to_vec() };
            vals.push(cx.new_bytes(b));
            continue;
        }
        for k in 0..it.count {
            let at = it.offset + k * size;
            let src = &buf[at..at + size];
            let v = match c {
                b'x' => continue,
                b'c' => cx.new_bytes(vec![src[0]]),
                b'?' => Value::bool(src[0] != 0),
                b'e' => cx.new_float(half_value(take(src, l.order, 2) as u16)),
                b'f' => cx.new_float(f32::from_bits(take(src, l.order, 4) as u32) as f64),
                b'd' => cx.new_float(f64::from_bits(take(src, l.order, 8))),
                _ => {
                    let bits = take(src, l.order, size);
                    if c.is_ascii_lowercase() {
                        let shift = 64 - 8 * size as u32;
                        cx.new_int(((bits << shift) as i64) >> shift)
                    } else if bits > i64::MAX as u64 {
                        cx.new_bigint(BigInt::from(bits))
                    } else {
                        cx.new_int(bits as i64)
                    }
                }
            };
            vals.push(v);
        }
    }
    Ok(cx.new_tuple(vals))
}

fn unpack(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::arity(cx, "unpack", args, kw, 2, 2)?;
    let l = parse(cx, args[0])?;
    let buf = buffer_bytes(cx, args[1])?;
    if buf.len() != l.size {
        return Err(error(cx, format!("unpack requires a buffer of {} bytes", l.size)));
    }
    unpack_values(cx, &l, &buf)
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let mut slots = [args.get(1).copied(), args.get(2).copied()];
    if args.is_empty() || args.len() > 3 {
        return Err(cx.type_error(format!("unpack_from expected at most 3 arguments, got {}", args.len())));
    }
    for &(k, v) in kw {
        let i = match runtime::str_of(k).unwrap_or("") {
            "buffer" => 0,
            "offset" => 1,
            other => return Err(cx.type_error(format!("unpack_from() got an unexpected keyword argument '{other}'"))),
        };
        slots[i] = Some(v);
    }
    let Some(bv) = slots[0] else {
        return Err(cx.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let l = parse(cx, args[0])?;
    let buf = buffer_bytes(cx, bv)?;
    let off = slots[1].unwrap_or(Value::from_small(0));
    let off = buffer_offset(cx, off, buf.len(), l.size, "unpack_from")?;
    unpack_values(cx, &l, &buf[off..off + l.size])
}

/// `pack_into(format, buffer, offset, *values)`: pack into a writable buffer.
fn pack_into(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(cx.type_error("pack_into() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(cx.type_error("missing format argument")),
        1 => return Err(error(cx, "pack_into expected buffer argument")),
        2 => return Err(error(cx, "pack_into expected offset argument")),
        _ => {}
    }
    let l = parse(cx, args[0])?;
    let Some(n) = crate::builtins::bytes::bytes_like_mut(args[1]).map(|b| b.len()) else {
        let tn = runtime::type_name(cx, args[1]);
        return Err(cx.type_error(format!("argument must be read-write bytes-like object, not {tn}")));
    };
    let vals = &args[3..];
    if vals.len() != l.nvalues {
        return Err(error(cx, format!("pack_into expected {} items for packing (got {})", l.nvalues, vals.len())));
    }
    let off = buffer_offset(cx, args[2], n, l.size, "pack_into")?;
    // Pack into a scratch buffer first: packing runs Python code (__index__,
    // __float__, __bool__), which may resize the target.
    let mut out = vec![0u8; l.size];
    pack_values(cx, &l, vals, &mut out, "pack_into")?;
    match crate::builtins::bytes::bytes_like_mut(args[1]) {
        Some(b) if b.len() >= off + l.size => b[off..off + l.size].copy_from_slice(&out),
        _ => return Err(cx.err(cx.rt.types.buffer_error, "buffer changed size during pack_into")),
    }
    Ok(Value::none())
}

/// `iter_unpack(format, buffer)`: the list of unpacked tuples (py/struct.py iterates it).
fn iter_unpack(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    super::arity(cx, "iter_unpack", args, kw, 2, 2)?;
    let l = parse(cx, args[0])?;
    let buf = buffer_bytes(cx, args[1])?;
    if l.size == 0 {
        return Err(error(cx, "cannot iteratively unpack with a struct of length 0"));
    }
    if buf.len() % l.size != 0 {
        return Err(error(cx, format!("iterative unpacking requires a buffer of a multiple of {} bytes", l.size)));
    }
    let mut out = Vec::with_capacity(buf.len() / l.size);
    for chunk in buf.chunks(l.size) {
        out.push(unpack_values(cx, &l, chunk)?);
    }
    Ok(cx.new_list(out))
}
