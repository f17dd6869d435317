//! Text encodings: `str.encode`, `bytes.decode`, `str(b, encoding)` and the
//! `codecs` module go through `encode` / `decode` here. The codecs CPython
//! always has built in: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with and
//! without byte order), cp1252; CPython's error handlers and messages.
use crate::vm::Ctx;
use crate::PyResult;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 with a BOM written first and skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// UTF-16/32: code unit size 2 or 4; byte order: None = with a BOM.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    /// Latin-1 with `\uXXXX` / `\UXXXXXXXX` for the rest (pickle protocol 0).
    RawUnicodeEscape,
    /// ASCII with Python's string-literal escapes.
    UnicodeEscape,
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// CPython's name for `enc` (encodings.normalize_encoding + aliases), or None.
pub fn lookup(enc: &str) -> Option<Codec> {
    let norm: String = enc
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '.' { c.to_ascii_lowercase() } else { '_' })
        .collect();
    use Codec::*;
    use Endian::*;
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" | "locale" => Utf8,
        "utf_8_sig" | "utf8_sig" => Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" | "cp367" | "csascii" | "ibm367" => Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "csisolatin1" | "ibm819" => Latin1,
        "cp1252" | "windows_1252" | "1252" => Cp1252,
        "utf_16" | "utf16" | "u16" => Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Utf16(Some(Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Utf16(Some(Big)),
        "utf_32" | "utf32" | "u32" => Utf32(None),
        "utf_32_le" | "utf_32le" => Utf32(Some(Little)),
        "utf_32_be" | "utf_32be" => Utf32(Some(Big)),
        "raw_unicode_escape" => RawUnicodeEscape,
        "unicode_escape" => UnicodeEscape,
        _ => return None,
    })
}

impl Codec {
    /// The name CPython's messages and `codecs.lookup(...).name` use.
    pub fn name(self) -> &'static str {
        use Codec::*;
        use Endian::*;
        match self {
            Utf8 => "utf-8",
            Utf8Sig => "utf-8-sig",
            Ascii => "ascii",
            Latin1 => "latin-1",
            Cp1252 => "cp1252",
            Utf16(None) => "utf-16",
            Utf16(Some(Little)) => "utf-16-le",
            Utf16(Some(Big)) => "utf-16-be",
            Utf32(None) => "utf-32",
            Utf32(Some(Little)) => "utf-32-le",
            Utf32(Some(Big)) => "utf-32-be",
            RawUnicodeEscape => "raw-unicode-escape",
            UnicodeEscape => "unicode-escape",
        }
    }

    /// The name in encode/decode error messages ('charmap' for table codecs).
    fn err_name(self) -> &'static str {
        match self {
            Codec::Cp1252 => "charmap",
            Codec::Utf8Sig => "utf-8",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            Codec::UnicodeEscape => "unicodeescape",
            _ => self.name(),
        }
    }
}

fn codec(cx: &mut Ctx, enc: &str) -> PyResult<Codec> {
    match lookup(enc) {
        Some(c) => Ok(c),
        None => {
            let c = cx.rt.types.lookup_error;
            Err(cx.err(c, format!("unknown encoding: {enc}")))
        }
    }
}

#[cold]
fn unknown_handler(cx: &mut Ctx, errors: &str) -> crate::Exc {
    let c = cx.rt.types.lookup_error;
    cx.err(c, format!("unknown error handler name '{errors}'"))
}

/// cp1252's bytes 0x80..0x9F (0 = undefined); the rest is Latin-1.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178,
];

fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..0x100).contains(&u) {
        return Some(u as u8);
    }
    CP1252_HIGH.iter().position(|&h| h != 0 && h as u32 == u).map(|i| 0x80 + i as u8)
}

/// `s` encoded with `enc`, unencodable characters handled by `errors`.
pub fn encode(cx: &mut Ctx, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec(cx, enc)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => return Ok([b"\xef\xbb\xbf", s.as_bytes()].concat()),
        Codec::Utf16(e) => return Ok(encode_units(s, e, 2)),
        Codec::Utf32(e) => return Ok(encode_units(s, e, 4)),
        Codec::RawUnicodeEscape | Codec::UnicodeEscape => return Ok(escape_encode(s, codec == Codec::RawUnicodeEscape)),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Cp1252 => 0,
    };
    let byte = |c: char| if limit == 0 { cp1252_byte(c) } else { ((c as u32) < limit).then_some(c as u8) };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        // The run of unencodable characters, as CPython's messages give it.
        let end = (i..chars.len()).find(|&j| byte(chars[j]).is_some()).unwrap_or(chars.len());
        match errors {
            "strict" => return Err(encode_error(cx, codec, &chars, i, end, limit)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(end - i)),
            "backslashreplace" => chars[i..end].iter().for_each(|&c| out.extend(escape(c).bytes())),
            "xmlcharrefreplace" => chars[i..end].iter().for_each(|&c| out.extend(format!("&#{};", c as u32).bytes())),
            "namereplace" => chars[i..end].iter().for_each(|&c| out.extend(name_escape(c).bytes())),
            _ => return Err(unknown_handler(cx, errors)),
        }
        i = end;
    }
    Ok(out)
}

fn encode_error(cx: &mut Ctx, codec: Codec, chars: &[char], i: usize, end: usize, limit: u32) -> crate::Exc {
    let reason = if limit == 0 { "character maps to <undefined>".to_string() } else { format!("ordinal not in range({limit})") };
    let msg = if end - i == 1 {
        format!("'{}' codec can't encode character '{}' in position {i}: {reason}", codec.err_name(), escape(chars[i]))
    } else {
        format!("'{}' codec can't encode characters in position {i}-{}: {reason}", codec.err_name(), end - 1)
    };
    let c = cx.rt.types.unicode_encode_error;
    cx.err(c, msg)
}

/// `\xe9`, `\u20ac`, `\U0001f600`: a character as a Python escape.
fn escape(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("\\x{u:02x}")
    } else if u < 0x10000 {
        format!("\\u{u:04x}")
    } else {
        format!("\\U{u:08x}")
    }
}

/// `\N{NAME}` (namereplace), or the escape for a character without a name.
fn name_escape(c: char) -> String {
    match crate::syntax::unicode_names::name(c) {
        Some(n) => format!("\\N{{{n}}}"),
        None => escape(c),
    }
}

fn encode_units(s: &str, endian: Option<Endian>, size: usize) -> Vec<u8> {
    let big = endian == Some(Endian::Big);
    let mut out = Vec::with_capacity(s.len() * size + size);
    let mut push = |u: u32| {
        let b = u.to_le_bytes();
        let b = &b[..size];
        if big {
            out.extend(b.iter().rev());
        } else {
            out.extend_from_slice(b);
        }
    };
    if endian.is_none() {
        push(0xFEFF);
    }
    for c in s.chars() {
        if size == 4 {
            push(c as u32);
        } else {
            let mut buf = [0u16; 2];
            c.encode_utf16(&mut buf).iter().for_each(|&u| push(u as u32));
        }
    }
    out
}

/// `b` decoded with `enc`, undecodable bytes handled by `errors`.
pub fn decode(cx: &mut Ctx, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let codec = codec(cx, enc)?;
    if matches!(codec, Codec::RawUnicodeEscape | Codec::UnicodeEscape) {
        return escape_decode(cx, codec, b, errors);
    }
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    // Each step: Ok(char, bytes used) or Err(bytes in the bad sequence, reason).
    if codec == Codec::Utf8Sig && b.starts_with(b"\xef\xbb\xbf") {
        i = 3;
    }
    let (unit, endian) = match codec {
        Codec::Utf8Sig if i < b.len() && std::str::from_utf8(&b[i..]).is_ok() => {
            return Ok(std::str::from_utf8(&b[i..]).unwrap().to_string());
        }
        Codec::Utf8 => {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
            (1, None)
        }
        Codec::Latin1 => return Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Utf16(e) | Codec::Utf32(e) => {
            let unit = if matches!(codec, Codec::Utf16(_)) { 2 } else { 4 };
            let e = e.unwrap_or_else(|| bom(b, unit, &mut i));
            (unit, Some(e))
        }
        _ => (1, None),
    };
    // Errors name the byte order found ('utf-16-le'), as CPython's do.
    let codec = match (codec, endian) {
        (Codec::Utf16(None), Some(e)) => Codec::Utf16(Some(e)),
        (Codec::Utf32(None), Some(e)) => Codec::Utf32(Some(e)),
        _ => codec,
    };
    while i < b.len() {
        let step = match (codec, endian) {
            (Codec::Utf8 | Codec::Utf8Sig, _) => utf8_step(&b[i..]),
            (Codec::Ascii, _) if b[i] < 0x80 => Ok((b[i] as char, 1)),
            (Codec::Ascii, _) => Err((1, "ordinal not in range(128)")),
            (Codec::Cp1252, _) => match b[i] {
                c @ 0x80..=0x9F if CP1252_HIGH[c as usize - 0x80] == 0 => Err((1, "character maps to <undefined>")),
                c @ 0x80..=0x9F => Ok((char::from_u32(CP1252_HIGH[c as usize - 0x80] as u32).unwrap(), 1)),
                c => Ok((c as char, 1)),
            },
            (_, Some(e)) if unit == 2 => utf16_step(&b[i..], e),
            (_, Some(e)) => utf32_step(&b[i..], e),
            _ => unreachable!("every codec has a step"),
        };
        match step {
            Ok((c, n)) => {
                out.push(c);
                i += n;
            }
            Err((n, reason)) => {
                decode_handler(cx, errors, codec, b, i, n, reason, &mut out)?;
                i += n;
            }
        }
    }
    Ok(out)
}

/// `unicode_escape` (Python's literal escapes, the rest ASCII) or `raw_unicode_escape`
/// (Latin-1 as is, `\u`/`\U` for the rest).
fn escape_encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            u if raw && u < 0x100 => out.push(u as u8),
            _ if raw => out.extend(escape(c).bytes()),
            0x5C => out.extend(b"\\\\"),
            0x09 => out.extend(b"\\t"),
            0x0A => out.extend(b"\\n"),
            0x0D => out.extend(b"\\r"),
            u @ 0x20..=0x7E => out.push(u as u8),
            _ => out.extend(escape(c).bytes()),
        }
    }
    out
}

/// Decode `unicode_escape` / `raw_unicode_escape` with CPython's messages for bad escapes.
fn escape_decode(cx: &mut Ctx, codec: Codec, b: &[u8], errors: &str) -> PyResult<String> {
    let raw = codec == Codec::RawUnicodeEscape;
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i] as char);
            i += 1;
            continue;
        }
        if raw && !matches!(b.get(i + 1), Some(b'u' | b'U')) {
            // raw: a backslash not before u/U stands for itself, with the byte after it.
            b[i..(i + 2).min(b.len())].iter().for_each(|&x| out.push(x as char));
            i += 2;
            continue;
        }
        match escape_step(&b[i..], raw) {
            Ok((ch, n)) => {
                out.extend(ch);
                i += n;
            }
            Err((n, reason)) => {
                decode_handler(cx, errors, codec, b, i, n, reason, &mut out)?;
                i += n;
            }
        }
    }
    Ok(out)
}

/// One escape at `b` (which starts with a backslash): Ok((the character, or None for a line
/// continuation; bytes used)) or Err((bytes in the bad escape, reason)). Not an escape: the
/// backslash stands for itself. `raw` only reaches here for `\\u` and `\\U`.
fn escape_step(b: &[u8], raw: bool) -> Result<(Option<char>, usize), (usize, &'static str)> {
    let Some(&e) = b.get(1) else { return Err((1, "\\ at end of string")) };
    let hex = |count: usize, what: &'static str| {
        let digits = b[2..].iter().take(count).take_while(|d| d.is_ascii_hexdigit()).count();
        if digits < count {
            return Err((2 + digits, what));
        }
        let v = b[2..2 + count].iter().fold(0u32, |v, &d| v * 16 + (d as char).to_digit(16).unwrap());
        match char::from_u32(v) {
            Some(ch) => Ok((Some(ch), 2 + count)),
            None if v > 0x10FFFF => Err((2 + count, if raw { "\\Uxxxxxxxx out of range" } else { "illegal Unicode character" })),
            // A lone surrogate cannot be held in a str here: U+FFFD stands in.
            None => Ok((Some('\u{FFFD}'), 2 + count)),
        }
    };
    let ch = match e {
        b'u' => return hex(4, "truncated \\uXXXX escape"),
        b'U' => return hex(8, "truncated \\UXXXXXXXX escape"),
        b'\n' => return Ok((None, 2)),
        b'\\' => '\\',
        b'\'' => '\'',
        b'"' => '"',
        b'a' => '\x07',
        b'b' => '\x08',
        b'f' => '\x0c',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'v' => '\x0b',
        b'x' => return hex(2, "truncated \\xXX escape"),
        b'0'..=b'7' => {
            let n = b[1..].iter().take(3).take_while(|d| (b'0'..=b'7').contains(d)).count();
            let v = b[1..1 + n].iter().fold(0u32, |v, d| v * 8 + (d - b'0') as u32);
            return Ok((char::from_u32(v), 1 + n));
        }
        b'N' => {
            const MALFORMED: &str = "malformed \\N character escape";
            if b.get(2) != Some(&b'{') {
                return Err((2, MALFORMED));
            }
            let Some(end) = b.iter().skip(3).position(|&x| x == b'}').map(|k| k + 3) else {
                return Err((b.len(), MALFORMED));
            };
            if end == 3 {
                return Err((3, MALFORMED));
            }
            let name = std::str::from_utf8(&b[3..end]).unwrap_or("");
            return match crate::syntax::unicode_names::lookup(name) {
                Some(ch) => Ok((Some(ch), end + 1)),
                None => Err((end + 1, "unknown Unicode character name")),
            };
        }
        _ => return Ok((Some('\\'), 1)),
    };
    Ok((Some(ch), 2))
}

/// The `errors` handler for the `n` undecodable bytes at `b[i..]`: raise
/// (strict, or an unknown handler's LookupError) or append its replacement.
#[allow(clippy::too_many_arguments)]
fn decode_handler(cx: &mut Ctx, errors: &str, codec: Codec, b: &[u8], i: usize, n: usize, reason: &str, out: &mut String) -> PyResult<()> {
    match errors {
        "strict" => return Err(decode_error(cx, codec, b, i, n, reason)),
        "ignore" => {}
        "replace" => out.push('\u{FFFD}'),
        "backslashreplace" => b[i..i + n].iter().for_each(|&x| out.push_str(&format!("\\x{x:02x}"))),
        // Lone surrogates cannot be held in a str here: U+FFFD stands in.
        "surrogateescape" | "surrogatepass" => out.push('\u{FFFD}'),
        _ => return Err(unknown_handler(cx, errors)),
    }
    Ok(())
}

fn decode_error(cx: &mut Ctx, codec: Codec, b: &[u8], i: usize, n: usize, reason: &str) -> crate::Exc {
    let msg = if n == 1 {
        format!("'{}' codec can't decode byte 0x{:02x} in position {i}: {reason}", codec.err_name(), b[i])
    } else {
        format!("'{}' codec can't decode bytes in position {i}-{}: {reason}", codec.err_name(), i + n - 1)
    };
    let c = cx.rt.types.unicode_decode_error;
    cx.err(c, msg)
}

/// The byte order a BOM at the start of `b` gives (skipping it), else little-endian.
fn bom(b: &[u8], unit: usize, i: &mut usize) -> Endian {
    let (le, be): (&[u8], &[u8]) = if unit == 2 { (b"\xff\xfe", b"\xfe\xff") } else { (b"\xff\xfe\0\0", b"\0\0\xfe\xff") };
    if b.starts_with(le) {
        *i = unit;
        Endian::Little
    } else if b.starts_with(be) {
        *i = unit;
        Endian::Big
    } else {
        Endian::Little
    }
}

type Step = Result<(char, usize), (usize, &'static str)>;

/// One UTF-8 sequence, with CPython's reasons for a bad one.
fn utf8_step(b: &[u8]) -> Step {
    let c = b[0];
    if c < 0x80 {
        return Ok((c as char, 1));
    }
    let need = match c {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return Err((1, "invalid start byte")),
    };
    let end = need.min(b.len());
    match std::str::from_utf8(&b[..end]) {
        Ok(s) if end == need => Ok((s.chars().next().unwrap(), need)),
        _ => {
            // The valid prefix of the sequence is the bad part (CPython's rule).
            let mut k = 1;
            while k < end && (0x80..0xC0).contains(&b[k]) && std::str::from_utf8(&b[..=k]).map_or_else(|e| e.error_len().is_none(), |_| true) {
                k += 1;
            }
            if k == end && end < need {
                Err((k, "unexpected end of data"))
            } else {
                Err((k, "invalid continuation byte"))
            }
        }
    }
}

fn unit_at(b: &[u8], size: usize, e: Endian) -> u32 {
    let mut v = 0u32;
    for k in 0..size {
        let byte = if e == Endian::Big { b[k] } else { b[size - 1 - k] };
        v = (v << 8) | byte as u32;
    }
    v
}

fn utf16_step(b: &[u8], e: Endian) -> Step {
    if b.len() < 2 {
        return Err((b.len(), "truncated data"));
    }
    let u = unit_at(b, 2, e);
    match u {
        0xD800..=0xDBFF => {
            if b.len() < 4 {
                return Err((b.len(), "unexpected end of data"));
            }
            let lo = unit_at(&b[2..], 2, e);
            if !(0xDC00..=0xDFFF).contains(&lo) {
                return Err((2, "illegal UTF-16 surrogate"));
            }
            let c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            Ok((char::from_u32(c).unwrap(), 4))
        }
        0xDC00..=0xDFFF => Err((2, "illegal encoding")),
        _ => Ok((char::from_u32(u).unwrap(), 2)),
    }
}

fn utf32_step(b: &[u8], e: Endian) -> Step {
    if b.len() < 4 {
        return Err((b.len(), "truncated data"));
    }
    match char::from_u32(unit_at(b, 4, e)) {
        Some(c) => Ok((c, 4)),
        None => Err((4, "code point not in range(0x110000)")),
    }
}

/// `_codecs.lookup(encoding)`: the codec's canonical name (LookupError if none).
pub fn lookup_native(cx: &mut Ctx, args: &[crate::Value], kw: &[(crate::Value, crate::Value)]) -> PyResult<crate::Value> {
    crate::runtime::args::check_exact(cx, "lookup", args, kw, 1)?;
    let Some(enc) = crate::runtime::str_of(args[0]) else {
        let t = crate::runtime::type_name(cx, args[0]);
        return Err(cx.type_error(format!("lookup() argument must be str, not {t}")));
    };
    let c = codec(cx, enc)?;
    // CodecInfo.name: CPython's module name for Latin-1, else the message name.
    Ok(cx.new_str(if c == Codec::Latin1 { "iso8859-1" } else { c.name() }))
}

/// The `_codecs` module (what codecs.py builds on).
pub fn init_module(cx: &mut Ctx) -> PyResult<crate::Value> {
    let m = cx.new_module("_codecs");
    crate::modules::defs(cx, m, &[("lookup", lookup_native)]);
    Ok(m)
}
