//! `_zlib`: the native core of `zlib` (bundled `py/zlib.py` holds the
//! `Compress` / `Decompress` classes around a native stream state). DEFLATE is
//! `miniz_oxide` (pure Rust); the zlib wrapper is miniz's, the gzip wrapper
//! (wbits 16 + n) and the checksums are ours. The compressed bytes are valid
//! zlib/gzip/raw streams but not byte-for-byte those of C zlib (another
//! encoder); decompression accepts any valid stream.

use super::{arity, buffer_arg, defs, exc_class, raise_in};
use crate::builtins::util::to_index;
use crate::heap::*;
use crate::vm::Ctx;
use crate::{Exc, PyResult, Value};
use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = cx.new_module("_zlib");
    let exception = cx.rt.types.exception;
    exc_class(cx, m, "zlib", "error", exception)?;
    defs(
        cx,
        m,
        &[
            ("crc32", z_crc32),
            ("adler32", z_adler32),
            ("deflate_new", z_deflate_new),
            ("deflate", z_deflate),
            ("inflate_new", z_inflate_new),
            ("inflate", z_inflate),
        ],
    );
    Ok(m)
}

/// Raise `zlib.error(msg)`.
#[cold]
#[inline(never)]
fn error(cx: &mut Ctx, msg: impl Into<String>) -> Exc {
    raise_in(cx, "_zlib", "error", msg)
}

fn z_crc32(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "crc32", args, kw, 1, 2)?;
    buffer_arg(cx, args[0])?;
    let start = match args.get(1) {
        Some(&v) => super::binascii::bitwise_u32(cx, v)?,
        None => 0,
    };
    let data = buffer_arg(cx, args[0])?; // again: an __index__ above may have run Python code
    Ok(cx.new_int(super::binascii::crc32(data, start) as i64))
}

/// Adler-32 of `data` continuing from `adler`.
fn adler32(data: &[u8], adler: u32) -> u32 {
    let mut h = adler2::Adler32::from_checksum(adler);
    h.write_slice(data);
    h.checksum()
}

fn z_adler32(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "adler32", args, kw, 1, 2)?;
    buffer_arg(cx, args[0])?;
    let start = match args.get(1) {
        Some(&v) => super::binascii::bitwise_u32(cx, v)?,
        None => 1,
    };
    let data = buffer_arg(cx, args[0])?; // again: an __index__ above may have run Python code
    Ok(cx.new_int(adler32(data, start) as i64))
}

// ---------------------------------------------------------------- deflate

/// A compression stream (`Compress._state`).
struct Deflater {
    c: Box<CompressorOxide>,
    /// gzip wrapper: header written yet, running crc and length of the input.
    gzip: Option<(bool, u32, u32)>,
    level: i32,
    done: bool,
}

impl Trace for Deflater {
    fn trace(&self, _heap: &mut Heap) {}
}
impl OtherPayload for Deflater {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn wrap(cx: &mut Ctx, p: Box<dyn OtherPayload>) -> Value {
    let cls = cx.rt.types.object;
    cx.alloc_obj(OtherObj { h: ObjHeader::new(cls, Kind::Other), payload: p })
}

fn payload<'a, T: 'static>(cx: &mut Ctx, v: Value) -> PyResult<&'a mut T> {
    if let Some(o) = v.downcast::<OtherObj>(Kind::Other) {
        if let Some(s) = o.payload.as_any().downcast_mut::<T>() {
            return Ok(s);
        }
    }
    Err(cx.type_error("expected a zlib stream state"))
}

/// `deflate_new(level, wbits, strategy)`, with zlib's parameter checks.
fn z_deflate_new(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "deflate_new", args, kw, 3, 3)?;
    let level = to_index(cx, args[0])?;
    let wbits = to_index(cx, args[1])?;
    let strategy = to_index(cx, args[2])?;
    let level = if level == -1 { 6 } else { level };
    let ok_bits = (9..=15).contains(&wbits) || (-15..=-9).contains(&wbits) || (25..=31).contains(&wbits);
    if !(0..=9).contains(&level) || !ok_bits || !(0..=4).contains(&strategy) {
        return Err(error(cx, "Bad compression level"));
    }
    let gzip = wbits > 15;
    let bits = if gzip { -15 } else { wbits.signum() * 15 };
    let flags = create_comp_flags_from_zip_params(level as i32, bits as i32, strategy as i32);
    let d = Deflater { c: Box::new(CompressorOxide::new(flags)), gzip: gzip.then_some((false, 0, 0)), level: level as i32, done: false };
    Ok(wrap(cx, Box::new(d)))
}

/// Run the compressor over all of `input` with `flush`, appending to `out`.
fn deflate_all(c: &mut CompressorOxide, mut input: &[u8], flush: MZFlush, out: &mut Vec<u8>) -> Result<(), MZError> {
    let mut buf = vec![0u8; 16384];
    loop {
        let r = miniz_oxide::deflate::stream::deflate(c, input, &mut buf, flush);
        out.extend_from_slice(&buf[..r.bytes_written]);
        input = &input[r.bytes_consumed..];
        match r.status {
            Ok(MZStatus::StreamEnd) => return Ok(()),
            Ok(_) if input.is_empty() && r.bytes_written < buf.len() => return Ok(()),
            Ok(_) => {}
            Err(MZError::Buf) if input.is_empty() => return Ok(()),
            Err(e) => return Err(e),
        }
    }
}

/// `deflate(state, data, flush)`: compress `data`; flush is zlib's Z_* code
/// (0 none, 2 sync, 3 full, 4 finish). Returns the output produced.
fn z_deflate(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "deflate", args, kw, 3, 3)?;
    let mode = to_index(cx, args[2])?;
    let data = buffer_arg(cx, args[1])?;
    let d = payload::<Deflater>(cx, args[0])?;
    let finishing = mode == 4;
    if d.done {
        let msg = if data.is_empty() && mode != 0 { "Error -2 while flushing: inconsistent stream state" } else { "Error -2 while compressing data: inconsistent stream state" };
        return Err(error(cx, msg));
    }
    let flush = match mode {
        0 => MZFlush::None,
        1 | 2 | 5 | 6 => MZFlush::Sync,
        3 => MZFlush::Full,
        _ => MZFlush::Finish,
    };
    let mut out = Vec::new();
    if let Some((header, crc, len)) = &mut d.gzip {
        if !*header {
            let xfl = match d.level {
                9 => 2,
                1 => 4,
                _ => 0,
            };
            out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
            *header = true;
        }
        *crc = super::binascii::crc32(data, *crc);
        *len = len.wrapping_add(data.len() as u32);
    }
    if deflate_all(&mut d.c, data, flush, &mut out).is_err() {
        return Err(error(cx, "Error -2 while compressing data: inconsistent stream state"));
    }
    if finishing {
        d.done = true;
        if let Some((_, crc, len)) = d.gzip {
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&len.to_le_bytes());
        }
    }
    Ok(cx.new_bytes(out))
}

// ---------------------------------------------------------------- inflate

#[derive(Clone, Copy, PartialEq)]
enum Wrapper {
    Zlib,
    Raw,
    Gzip,
    /// wbits 32 + n: zlib or gzip, chosen by the first byte.
    Auto,
}

/// A decompression stream (`Decompress._state`).
struct Inflater {
    s: Box<InflateState>,
    wrapper: Wrapper,
    /// Input held back until a gzip header or trailer is complete.
    pending: Vec<u8>,
    header_done: bool,
    /// The deflate data ended (for gzip: the trailer is still to check).
    body_done: bool,
    eof: bool,
    /// Running checksum of the output (adler32 for zlib, crc32 for gzip) and length.
    check: u32,
    len: u32,
    /// The last 4 input bytes given to the raw inflater (the zlib trailer at the end).
    tail: [u8; 4],
    /// Output inflated but not yet returned (a call's max_length was reached).
    outbuf: Vec<u8>,
    /// Input bytes reported as unconsumed that were in fact consumed: the
    /// caller passes them back (unconsumed_tail) and they are skipped. This
    /// keeps unconsumed_tail non-empty while output is held back, as zlib's is.
    skip: usize,
}

impl Trace for Inflater {
    fn trace(&self, _heap: &mut Heap) {}
}
impl OtherPayload for Inflater {
    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn z_inflate_new(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "inflate_new", args, kw, 1, 1)?;
    let wbits = to_index(cx, args[0])?;
    let wrapper = match wbits {
        0 | 8..=15 => Wrapper::Zlib,
        -15..=-8 => Wrapper::Raw,
        24..=31 => Wrapper::Gzip,
        40..=47 => Wrapper::Auto,
        _ => return Err(error(cx, "Error -2 while preparing to decompress data: inconsistent stream state")),
    };
    let inf = Inflater {
        s: InflateState::new_boxed(if wrapper == Wrapper::Zlib || wrapper == Wrapper::Auto { DataFormat::ZLibIgnoreChecksum } else { DataFormat::Raw }),
        wrapper,
        pending: Vec::new(),
        header_done: wrapper == Wrapper::Raw,
        body_done: false,
        eof: false,
        check: if wrapper == Wrapper::Zlib { 1 } else { 0 },
        len: 0,
        tail: [0; 4],
        outbuf: Vec::new(),
        skip: 0,
    };
    Ok(wrap(cx, Box::new(inf)))
}

/// Length of a complete gzip header at the start of `b`: Ok(None) if more
/// bytes are needed, Err(message) if it is not a gzip header.
fn gzip_header(b: &[u8]) -> Result<Option<usize>, &'static str> {
    if b.len() < 10 {
        return if b.len() >= 2 && b[..2] != [0x1f, 0x8b] { Err("incorrect header check") } else { Ok(None) };
    }
    if b[..2] != [0x1f, 0x8b] {
        return Err("incorrect header check");
    }
    if b[2] != 8 {
        return Err("unknown compression method");
    }
    let flags = b[3];
    let mut i = 10;
    if flags & 4 != 0 {
        let Some(x) = b.get(i..i + 2) else { return Ok(None) };
        i += 2 + u16::from_le_bytes([x[0], x[1]]) as usize;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            match b.get(i..).and_then(|r| r.iter().position(|&c| c == 0)) {
                Some(p) => i += p + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        i += 2;
    }
    Ok(if b.len() >= i { Some(i) } else { None })
}

impl Inflater {
    /// Feed `input`; append at most `max` bytes (0: no limit) to `out`.
    /// Returns how many bytes of `input` count as consumed; Err is zlib.error's text.
    fn feed(&mut self, input: &[u8], max: usize, out: &mut Vec<u8>) -> Result<usize, String> {
        let k = self.skip.min(input.len());
        self.skip -= k;
        let mut used = k;
        if !self.eof {
            let mut buf = std::mem::take(&mut self.outbuf);
            let r = self.inflate_into(&input[k..], &mut buf);
            self.outbuf = buf;
            used += r?;
        }
        let take = if max == 0 { self.outbuf.len() } else { max.min(self.outbuf.len()) };
        if take == self.outbuf.len() && out.is_empty() {
            std::mem::swap(out, &mut self.outbuf);
        } else {
            out.extend(self.outbuf.drain(..take));
        }
        if !self.outbuf.is_empty() && used > 0 {
            used -= 1;
            self.skip += 1;
        }
        Ok(used)
    }

    /// True once the stream ended and all its output was returned.
    fn finished(&self) -> bool {
        self.eof && self.outbuf.is_empty()
    }

    /// Inflate all of `input` into `out`; returns the bytes of `input` consumed.
    fn inflate_into(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<usize, String> {
        let data: Vec<u8>;
        let held = self.pending.len();
        let mut inp: &[u8] = input;
        if held > 0 {
            data = [&self.pending[..], input].concat();
            inp = &data;
        }
        let mut used = 0;
        if !self.header_done {
            if self.wrapper == Wrapper::Auto {
                if inp.is_empty() {
                    return Ok(input.len());
                }
                if inp[0] != 0x1f {
                    self.wrapper = Wrapper::Zlib;
                    self.check = 1;
                } else {
                    self.wrapper = Wrapper::Gzip;
                    self.s.reset(DataFormat::Raw);
                }
            }
            if self.wrapper == Wrapper::Zlib {
                // miniz reads the 2-byte header itself; check it first for zlib's messages.
                if inp.len() < 2 {
                    self.pending = inp.to_vec();
                    return Ok(input.len());
                }
                let (cmf, flg) = (inp[0], inp[1]);
                if (cmf as u32 * 256 + flg as u32) % 31 != 0 {
                    return Err("Error -3 while decompressing data: incorrect header check".into());
                }
                if cmf & 15 != 8 {
                    return Err("Error -3 while decompressing data: unknown compression method".into());
                }
                self.header_done = true;
            } else {
                match gzip_header(inp) {
                    Ok(Some(n)) => {
                        used = n;
                        self.header_done = true;
                    }
                    Ok(None) => {
                        self.pending = inp.to_vec();
                        return Ok(input.len());
                    }
                    Err(m) => return Err(format!("Error -3 while decompressing data: {m}")),
                }
            }
        }
        self.pending.clear();
        while !self.body_done {
            // Inflate straight into `out`'s spare room (no bounce buffer).
            let start = out.len();
            out.resize(start + (inp.len() - used).clamp(16384, 1 << 20) * 4, 0);
            let r = miniz_oxide::inflate::stream::inflate(&mut self.s, &inp[used..], &mut out[start..], MZFlush::None);
            out.truncate(start + r.bytes_written);
            let produced = &out[start..];
            self.len = self.len.wrapping_add(produced.len() as u32);
            self.check = if self.wrapper == Wrapper::Zlib { adler32(produced, self.check) } else { super::binascii::crc32(produced, self.check) };
            for &b in inp[used..used + r.bytes_consumed].iter().rev().take(4).rev() {
                self.tail = [self.tail[1], self.tail[2], self.tail[3], b];
            }
            used += r.bytes_consumed;
            match r.status {
                Ok(MZStatus::StreamEnd) => self.body_done = true,
                Ok(_) if r.bytes_consumed == 0 && r.bytes_written == 0 => break,
                Ok(_) => {}
                Err(MZError::Buf) => break,
                Err(_) => return Err("Error -3 while decompressing data: invalid data".into()),
            }
        }
        if self.body_done && !self.eof {
            match self.wrapper {
                Wrapper::Zlib => {
                    if u32::from_be_bytes(self.tail) != self.check {
                        return Err("Error -3 while decompressing data: incorrect data check".into());
                    }
                    self.eof = true;
                }
                Wrapper::Gzip => {
                    let rest = &inp[used..];
                    if rest.len() < 8 {
                        self.pending = rest.to_vec();
                        return Ok(input.len());
                    }
                    let crc = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
                    let len = u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]);
                    if crc != self.check {
                        return Err("Error -3 while decompressing data: incorrect data check".into());
                    }
                    if len != self.len {
                        return Err("Error -3 while decompressing data: incorrect length check".into());
                    }
                    used += 8;
                    self.eof = true;
                }
                _ => self.eof = true,
            }
        }
        // Bytes of `input` consumed (the held-back ones came first).
        Ok(used.saturating_sub(held))
    }
}

/// `inflate(state, data, max_length)` → (output, bytes of data consumed, eof).
fn z_inflate(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "inflate", args, kw, 3, 3)?;
    let max = to_index(cx, args[2])? as usize;
    let data = buffer_arg(cx, args[1])?;
    let inf = payload::<Inflater>(cx, args[0])?;
    let mut out = Vec::new();
    let used = inf.feed(data, max, &mut out);
    let eof = inf.finished();
    match used {
        Ok(n) => {
            let items = vec![cx.new_bytes(out), cx.new_int(n as i64), cx.new_bool(eof)];
            Ok(cx.new_tuple(items))
        }
        Err(msg) => Err(error(cx, msg)),
    }
}
