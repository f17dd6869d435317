//! `_csvline`: the native helpers of `_csv` (`py/_csv.py`).
//!
//! `parse_line` runs CPython's Modules/_csv.c parser state machine over one
//! line that holds a whole record, the common case the reader's str.split
//! path cannot take (quoted fields, escapes). Anything else — a record
//! continuing on the next line, an error to report, QUOTE_NONNUMERIC —
//! returns None and the reader runs its Python state machine, which words the
//! errors as CPython does.
//!
//! `join_row` is the writer's `writerow` minus the call to `write`, for a list
//! or tuple of str, None, int, float and bool (whose str() runs no Python
//! code); other rows return None and the Python writer handles them.

use super::{arity, new_module};
use crate::runtime;
use crate::vm::Ctx;
use crate::{PyResult, Value};

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    Ok(new_module(cx, "_csvline", &[("parse_line", parse_line), ("join_row", join_row)]))
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
}

/// The dialect's characters and flags, as `parse_line` receives them.
struct Dialect {
    delim: char,
    quote: Option<char>,
    esc: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
    limit: usize,
}

/// A one-character str argument, or None for None.
fn opt_char(v: Value) -> Option<char> {
    runtime::str_of(v).and_then(|s| s.chars().next())
}

/// The dialect tuple of `parse_line`/`join_row` (the reader and writer build
/// it once), or None if it is not a tuple of `n` items.
fn params(v: Value, n: usize) -> Option<&'static [Value]> {
    runtime::tuple_items(v).filter(|p| p.len() == n)
}

/// `parse_line(line, (delimiter, quotechar_or_None, escapechar_or_None,
/// doublequote, skipinitialspace, strict), field_limit)` -> list of fields,
/// or None when the line is not one complete, error-free record.
fn parse_line(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    arity(cx, "parse_line", args, kw, 3, 3)?;
    let (Some(line), Some(p)) = (runtime::str_of(args[0]), params(args[1], 6)) else { return Ok(Value::none()) };
    let Some(delim) = opt_char(p[0]) else { return Ok(Value::none()) };
    let limit = runtime::int_of(args[2]).unwrap_or(0).max(0) as usize;
    let d = Dialect {
        delim,
        quote: opt_char(p[1]),
        esc: opt_char(p[2]),
        doublequote: runtime::truthy(cx, p[3])?,
        skipinitialspace: runtime::truthy(cx, p[4])?,
        strict: runtime::truthy(cx, p[5])?,
        limit,
    };
    // `line` borrows a str the caller keeps alive; no Python code runs until
    // the fields are built below.
    let Some(fields) = parse(line, &d) else { return Ok(Value::none()) };
    let items = fields.iter().map(|f| cx.new_str(f)).collect();
    Ok(cx.new_list(items))
}

/// The state machine of _csv.c's `parse_process_char` over `line` then EOL;
/// None unless it ends a record with no error and no field over the limit.
fn parse(line: &str, d: &Dialect) -> Option<Vec<String>> {
    use State::*;
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut len = 0usize;
    let mut state = StartRecord;
    // `None` is the end-of-line marker fed after the last character.
    for c in line.chars().map(Some).chain(std::iter::once(None)) {
        let is_nl = matches!(c, Some('\n' | '\r'));
        let eol = c.is_none();
        let add = |field: &mut String, len: &mut usize, ch: char| -> Option<()> {
            if *len >= d.limit {
                return None;
            }
            *len += 1;
            field.push(ch);
            Some(())
        };
        let save = |fields: &mut Vec<String>, field: &mut String, len: &mut usize| {
            fields.push(std::mem::take(field));
            *len = 0;
        };
        if state == StartRecord {
            if eol {
                continue;
            }
            if is_nl {
                state = EatCrnl;
                continue;
            }
            state = StartField;
        }
        match state {
            StartField => {
                if eol || is_nl {
                    save(&mut fields, &mut field, &mut len);
                    state = if eol { StartRecord } else { EatCrnl };
                } else if c == d.quote {
                    state = InQuotedField;
                } else if c == d.esc {
                    state = EscapedChar;
                } else if c == Some(' ') && d.skipinitialspace {
                    // spaces at the start of a field are skipped
                } else if c == Some(d.delim) {
                    save(&mut fields, &mut field, &mut len);
                } else {
                    add(&mut field, &mut len, c?)?;
                    state = InField;
                }
            }
            // An escape before CR/LF or the end of the line: the record
            // goes on (AFTER_ESCAPED_CRNL / the escaped newline): not ours.
            EscapedChar => {
                if eol || is_nl {
                    return None;
                }
                add(&mut field, &mut len, c?)?;
                state = InField;
            }
            InField => {
                if eol || is_nl {
                    save(&mut fields, &mut field, &mut len);
                    state = if eol { StartRecord } else { EatCrnl };
                } else if c == d.esc {
                    state = EscapedChar;
                } else if c == Some(d.delim) {
                    save(&mut fields, &mut field, &mut len);
                    state = StartField;
                } else {
                    add(&mut field, &mut len, c?)?;
                }
            }
            InQuotedField => {
                if eol {
                    return None; // the quoted field continues on the next line
                } else if c == d.esc {
                    state = EscapeInQuotedField;
                } else if c == d.quote {
                    state = if d.doublequote { QuoteInQuotedField } else { InField };
                } else {
                    add(&mut field, &mut len, c?)?;
                }
            }
            EscapeInQuotedField => {
                if eol {
                    return None;
                }
                add(&mut field, &mut len, c?)?;
                state = InQuotedField;
            }
            QuoteInQuotedField => {
                if !eol && c == d.quote {
                    add(&mut field, &mut len, c?)?;
                    state = InQuotedField;
                } else if c == Some(d.delim) {
                    save(&mut fields, &mut field, &mut len);
                    state = StartField;
                } else if eol || is_nl {
                    save(&mut fields, &mut field, &mut len);
                    state = if eol { StartRecord } else { EatCrnl };
                } else if !d.strict {
                    add(&mut field, &mut len, c?)?;
                    state = InField;
                } else {
                    return None; // "',' expected after '\"'": the Python path raises it
                }
            }
            EatCrnl => {
                if eol {
                    state = StartRecord;
                } else if !is_nl {
                    return None; // "new-line character seen in unquoted field"
                }
            }
            StartRecord => unreachable!("handled above"),
        }
    }
    (state == StartRecord).then_some(fields)
}

const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

/// `join_row(row, (delimiter, quotechar_or_None, escapechar_or_None,
/// doublequote, quoting, lineterminator))` -> the record's text, or None for
/// a row this helper leaves to the Python writer; csv.Error as _csv.c raises it.
fn join_row(cx: &mut Ctx, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use crate::heap::Kind;
    arity(cx, "join_row", args, kw, 2, 2)?;
    let row = args[0];
    let items: Vec<Value> = match row.kind() {
        Some(Kind::List | Kind::Tuple) => runtime::seq_items(row).map(|s| s.to_vec()).unwrap_or_default(),
        _ => return Ok(Value::none()),
    };
    let Some(p) = params(args[1], 6) else { return Ok(Value::none()) };
    let (Some(delim), Some(term)) = (opt_char(p[0]), runtime::str_of(p[5])) else { return Ok(Value::none()) };
    let quote = opt_char(p[1]);
    let esc = opt_char(p[2]);
    let doublequote = runtime::truthy(cx, p[3])?;
    let Some(quoting) = runtime::int_of(p[4]) else { return Ok(Value::none()) };
    let term = term.to_string();
    let special = |c: char| c == delim || Some(c) == esc || Some(c) == quote || term.contains(c);
    let mut out = String::new();
    for (i, &v) in items.iter().enumerate() {
        let (text, number) = if let Some(s) = runtime::str_of(v).filter(|_| v.kind() == Some(Kind::Str)) {
            (s.to_string(), false)
        } else if v.is_none() {
            (String::new(), false)
        } else if v.is_int() || v.is_float() || matches!(v.kind(), Some(Kind::Bool | Kind::BigInt | Kind::Float)) {
            (runtime::str_string(cx, v)?, true)
        } else {
            return Ok(Value::none());
        };
        let mut quoted = match quoting {
            QUOTE_ALL => true,
            QUOTE_NONNUMERIC => !number,
            _ => false,
        };
        if i > 0 {
            out.push(delim);
        }
        let start = out.len();
        for c in text.chars() {
            if special(c) {
                let mut want_escape = false;
                if quoting == QUOTE_NONE {
                    want_escape = true;
                } else {
                    if Some(c) == quote {
                        if doublequote {
                            out.push(c);
                        } else {
                            want_escape = true;
                        }
                    } else if Some(c) == esc {
                        want_escape = true;
                    }
                    if !want_escape {
                        quoted = true;
                    }
                }
                if want_escape {
                    let Some(e) = esc else {
                        return Err(super::raise_in(cx, "_csv", "Error", "need to escape, but no escapechar set"));
                    };
                    out.push(e);
                }
            }
            out.push(c);
        }
        if quoted {
            let q = quote.unwrap_or('"');
            out.insert(start, q);
            out.push(q);
        }
    }
    if items.len() == 1 && out.is_empty() {
        if quoting == QUOTE_NONE {
            return Err(super::raise_in(cx, "_csv", "Error", "single empty field record must be quoted"));
        }
        let q = quote.unwrap_or('"');
        out.push(q);
        out.push(q);
    }
    out.push_str(&term);
    Ok(cx.new_string(out))
}
