//! `binascii` (CPython 3.11's Modules/binascii.c): hex, base64 and uu
//! conversions, `crc32` and `crc_hqx`, `binascii.Error` (a ValueError) and
//! `binascii.Incomplete`, with CPython's messages. `base64` (bundled Python,
//! CPython's Lib/base64.py) is built on it; `zlib.crc32` shares [`crc32`].

use super::{arity, buffer_arg, defs, exc_class, raise_in};
use crate::builtins::util::{parse_args, to_c_int, to_index};
use crate::runtime;
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};
use num_bigint::Sign;

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("binascii");
    let (value_error, exception) = (cx.rt.types.value_error, cx.rt.types.exception);
    exc_class(cx, m, "binascii", "Error", value_error)?;
    exc_class(cx, m, "binascii", "Incomplete", exception)?;
    defs(
        cx,
        m,
        &[
            ("hexlify", b_hexlify),
            ("b2a_hex", b_b2a_hex),
            ("unhexlify", b_unhexlify),
            ("a2b_hex", b_a2b_hex),
            ("b2a_base64", b_b2a_base64),
            ("a2b_base64", b_a2b_base64),
            ("b2a_uu", b_b2a_uu),
            ("a2b_uu", b_a2b_uu),
            ("crc32", b_crc32),
            ("crc_hqx", b_crc_hqx),
        ],
    );
    Ok(m)
}

/// Raise `binascii.Error(msg)`.
#[cold]
#[inline(never)]
fn error(cx: &mut Ctx, msg: impl Into<String>) -> Exc {
    raise_in(cx, "binascii", "Error", msg)
}

/// An `a2b_*` argument: ASCII str or bytes-like (CPython's ascii_buffer_converter).
fn ascii_arg(cx: &mut Ctx, v: Value) -> PyResult<&'static [u8]> {
    if let Some(s) = runtime::str_of(v) {
        if !s.is_ascii() {
            return Err(cx.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes());
    }
    match crate::builtins::bytes::bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let t = runtime::type_name(cx, v);
            Err(cx.type_error(format!("argument should be bytes, buffer or ASCII string, not '{t}'")))
        }
    }
}

// ---------------------------------------------------------------- hex

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Lower-case hex of `data`, with `sep` between groups of `per_sep` bytes
/// (counted from the right when positive, from the left when negative).
pub(crate) fn hex_with_sep(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    let group = per_sep.unsigned_abs() as usize;
    let sep = sep.filter(|_| group != 0 && !data.is_empty());
    if sep.is_none() {
        return data.iter().flat_map(|&b| [HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]).collect();
    }
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = if per_sep > 0 { i != 0 && (n - i) % group == 0 } else { i != 0 && i % group == 0 };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

/// The `sep` argument of hexlify / bytes.hex: one character of a str or bytes.
fn sep_arg(cx: &mut Ctx, v: Value) -> PyResult<Option<u8>> {
    if v.is_unbound() {
        return Ok(None);
    }
    let b: Vec<u32> = if let Some(s) = runtime::str_of(v) {
        s.chars().map(|c| c as u32).collect()
    } else if let Some(b) = crate::builtins::bytes::bytes_like(v) {
        b.iter().map(|&c| c as u32).collect()
    } else {
        let t = runtime::type_name(cx, v);
        return Err(cx.type_error(format!("object of type '{t}' has no len()")));
    };
    match b[..] {
        [c] if c < 128 => Ok(Some(c as u8)),
        [_] => Err(cx.value_error("sep must be ASCII.")),
        _ => Err(cx.value_error("sep must be length 1.")),
    }
}

fn hexlify_impl(cx: &mut Ctx, fname: &str, args: Args, kw: Kw) -> PyResult<Value> {
    let [data, sep, per] = parse_args(cx, fname, args, kw, ["data", "sep", "bytes_per_sep"], 1)?;
    let data = buffer_arg(cx, data)?;
    let sep = sep_arg(cx, sep)?;
    let per = if per.is_unbound() { 1 } else { to_c_int(cx, per)? };
    let out = hex_with_sep(data, sep, per);
    Ok(cx.new_bytes(out))
}

fn b_hexlify(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    hexlify_impl(cx, "hexlify", args, kw)
}

fn b_b2a_hex(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    hexlify_impl(cx, "b2a_hex", args, kw)
}

fn unhex(cx: &mut Ctx, fname: &str, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, fname, args, kw, 1, 1)?;
    let s = ascii_arg(cx, args[0])?;
    if s.len() % 2 != 0 {
        return Err(error(cx, "Odd-length string"));
    }
    let mut bad = 0u8;
    let out: Vec<u8> = s
        .chunks_exact(2)
        .map(|p| {
            let (h, l) = (UNHEX[p[0] as usize], UNHEX[p[1] as usize]);
            bad |= (h | l) & 0x80;
            h << 4 | (l & 15)
        })
        .collect();
    if bad != 0 {
        return Err(error(cx, "Non-hexadecimal digit found"));
    }
    Ok(cx.new_bytes(out))
}

/// Hex digit values by byte; 0xff for a non-digit.
const UNHEX: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 10 {
        t[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        t[b'a' as usize + i] = 10 + i as u8;
        t[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    t
};

fn b_unhexlify(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    unhex(cx, "unhexlify", args, kw)
}

fn b_a2b_hex(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    unhex(cx, "a2b_hex", args, kw)
}

// ---------------------------------------------------------------- base64

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 of `data` with padding (no newline).
pub(crate) fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        let quad = [n >> 18, n >> 12, n >> 6, n].map(|x| B64[(x & 63) as usize]);
        out.extend_from_slice(&quad[..c.len() + 1]);
        out.resize(out.len() + 3 - c.len(), b'=');
    }
    out
}

/// Base64 digit values by byte; 0xff outside the alphabet.
const UNB64: [u8; 256] = {
    let mut t = [0xffu8; 256];
    let mut i = 0;
    while i < 64 {
        t[B64[i] as usize] = i as u8;
        i += 1;
    }
    t
};

/// Index of `c` in the base64 alphabet.
#[inline]
fn b64_value(c: u8) -> Option<u32> {
    let v = UNB64[c as usize];
    (v != 0xff).then_some(v as u32)
}

/// Decode base64 the way CPython 3.11's a2b_base64 does: non-strict mode skips
/// characters outside the alphabet and stops at a complete padding; strict
/// mode rejects them. Err carries binascii.Error's message.
fn b64_decode(s: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && s.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let (mut quad_pos, mut pads, mut left, mut padding_started) = (0u32, 0u32, 0u32, false);
    for (i, &ch) in s.iter().enumerate() {
        if ch == b'=' {
            padding_started = true;
            pads += 1;
            if quad_pos >= 2 && quad_pos + pads >= 4 {
                if strict && i + 1 < s.len() {
                    return Err("Excess data after padding".into());
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = b64_value(ch) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad_pos {
            0 => left = v,
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0x0f;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 0x03;
            }
            _ => out.push((left << 6 | v) as u8),
        }
        quad_pos = (quad_pos + 1) % 4;
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// Check a `f(data, /, *, flag=...)` call: one positional, at most the one keyword.
fn one_pos_one_flag(cx: &mut Ctx, fname: &str, args: Args, kw: Kw, flag: &str, default: bool) -> PyResult<bool> {
    if args.len() != 1 {
        return Err(cx.type_error(format!("{fname}() takes exactly 1 positional argument ({} given)", args.len())));
    }
    let mut v = default;
    for &(k, val) in kw {
        match runtime::str_of(k) {
            Some(n) if n == flag => v = runtime::truthy(cx, val)?,
            n => {
                let n = n.unwrap_or("");
                return Err(cx.type_error(format!("'{n}' is an invalid keyword argument for {fname}()")));
            }
        }
    }
    Ok(v)
}

fn b_b2a_base64(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let newline = one_pos_one_flag(cx, "b2a_base64", args, kw, "newline", true)?;
    let data = buffer_arg(cx, args[0])?;
    let mut out = b64_encode(data);
    if newline {
        out.push(b'\n');
    }
    Ok(cx.new_bytes(out))
}

fn b_a2b_base64(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let strict = one_pos_one_flag(cx, "a2b_base64", args, kw, "strict_mode", false)?;
    let s = ascii_arg(cx, args[0])?;
    match b64_decode(s, strict) {
        Ok(out) => Ok(cx.new_bytes(out)),
        Err(msg) => Err(error(cx, msg)),
    }
}

// ---------------------------------------------------------------- uu

fn b_b2a_uu(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let backtick = one_pos_one_flag(cx, "b2a_uu", args, kw, "backtick", false)?;
    let data = buffer_arg(cx, args[0])?;
    if data.len() > 45 {
        return Err(error(cx, "At most 45 bytes at once"));
    }
    let enc = |x: u32| if backtick && x == 0 { b'`' } else { b' ' + x as u8 };
    let mut out = vec![enc(data.len() as u32)];
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        out.extend([n >> 18, n >> 12, n >> 6, n].map(|x| enc(x & 63)));
    }
    out.push(b'\n');
    Ok(cx.new_bytes(out))
}

fn b_a2b_uu(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "a2b_uu", args, kw, 1, 1)?;
    let s = ascii_arg(cx, args[0])?;
    let s = s.strip_suffix(b"\n").unwrap_or(s);
    let Some((&first, rest)) = s.split_first() else {
        return Ok(cx.new_bytes(vec![0; 32]));
    };
    let n = (first.wrapping_sub(b' ') & 0x3f) as usize;
    let mut bits: Vec<u8> = Vec::with_capacity(n + 3);
    let mut it = rest.iter().copied();
    while bits.len() < n {
        let mut quad = [0u32; 4];
        for q in quad.iter_mut() {
            let c = it.next().unwrap_or(b' ');
            if c == b'\n' || c == b'\r' {
                *q = 0;
                continue;
            }
            if !(b' '..=b' ' + 64).contains(&c) {
                return Err(error(cx, "Illegal char"));
            }
            *q = ((c - b' ') & 0x3f) as u32;
        }
        let v = quad[0] << 18 | quad[1] << 12 | quad[2] << 6 | quad[3];
        bits.extend([(v >> 16) as u8, (v >> 8) as u8, v as u8]);
    }
    bits.truncate(n);
    for c in it {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error(cx, "Trailing garbage"));
        }
    }
    Ok(cx.new_bytes(bits))
}

// ---------------------------------------------------------------- crc

/// CRC-32 of `data` continuing from `crc` (zlib's crc32; crc32fast uses
/// PCLMULQDQ where the CPU has it).
pub(crate) fn crc32(data: &[u8], crc: u32) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(crc);
    h.update(data);
    h.finalize()
}

/// An int argument reduced modulo 2**32 (Argument Clinic's `unsigned int(bitwise=True)`).
pub(crate) fn bitwise_u32(cx: &mut Ctx, v: Value) -> PyResult<u32> {
    if let Some(b) = runtime::bigint_ref(v) {
        let low = b.iter_u32_digits().next().unwrap_or(0);
        return Ok(if b.sign() == Sign::Minus { low.wrapping_neg() } else { low });
    }
    Ok(to_index(cx, v)? as u32)
}

fn b_crc32(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "crc32", args, kw, 1, 2)?;
    buffer_arg(cx, args[0])?; // CPython converts `data` first
    let start = match args.get(1) {
        Some(&v) => bitwise_u32(cx, v)?,
        None => 0,
    };
    let data = buffer_arg(cx, args[0])?; // again: an __index__ above may have run Python code
    Ok(cx.new_int(crc32(data, start) as i64))
}

fn b_crc_hqx(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "crc_hqx", args, kw, 2, 2)?;
    buffer_arg(cx, args[0])?; // CPython converts `data` first
    let mut crc = bitwise_u32(cx, args[1])? & 0xffff;
    let data = buffer_arg(cx, args[0])?; // again: an __index__ above may have run Python code
    for &b in data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xffff;
    }
    Ok(cx.new_int(crc as i64))
}
