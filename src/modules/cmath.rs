//! The `cmath` module: CPython 3.11's Modules/cmathmodule.c, ported (3.11's
//! special value tables: acosh(+-0 + nanj) is nan+nanj, tanh(+-0 + nanj) nan+nanj). Each
//! kernel returns its C99 Annex G result and CPython's errno (`Errno`):
//! EDOM becomes ValueError("math domain error"), ERANGE
//! OverflowError("math range error"). Non-finite arguments use the special
//! value tables; finite ones the same formulas (and the same libm) as CPython.
use super::fmath::libm;
use super::{arity, new_module, set, set_float};
use crate::builtins::complex::{as_complex, c_abs, c_diff, c_neg, c_quot, complex_special, new_complex};
use crate::heap::complex::Complex;
use crate::heap::NativeFn;
use crate::vm::Ctx;
use crate::{PyResult, Value};
use std::f64::consts::{LN_2, PI};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

pub fn init(cx: &mut Ctx) -> PyResult<Value> {
    let m = new_module(cx, "cmath", FUNCS);
    set_float(cx, m, "pi", PI);
    set_float(cx, m, "e", std::f64::consts::E);
    set_float(cx, m, "tau", std::f64::consts::TAU);
    set_float(cx, m, "inf", f64::INFINITY);
    set_float(cx, m, "nan", f64::NAN);
    let infj = new_complex(cx, Complex { re: 0.0, im: f64::INFINITY });
    set(cx, m, "infj", infj);
    let nanj = new_complex(cx, Complex { re: 0.0, im: f64::NAN });
    set(cx, m, "nanj", nanj);
    Ok(m)
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", cm_acos),
    ("acosh", cm_acosh),
    ("asin", cm_asin),
    ("asinh", cm_asinh),
    ("atan", cm_atan),
    ("atanh", cm_atanh),
    ("cos", cm_cos),
    ("cosh", cm_cosh),
    ("exp", cm_exp),
    ("isclose", cm_isclose),
    ("isfinite", cm_isfinite),
    ("isinf", cm_isinf),
    ("isnan", cm_isnan),
    ("log", cm_log),
    ("log10", cm_log10),
    ("phase", cm_phase),
    ("polar", cm_polar),
    ("rect", cm_rect),
    ("sin", cm_sin),
    ("sinh", cm_sinh),
    ("sqrt", cm_sqrt),
    ("tan", cm_tan),
    ("tanh", cm_tanh),
];

/// CPython's errno after a kernel.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Errno {
    Ok,
    /// EDOM: ValueError.
    Dom,
    /// ERANGE: OverflowError.
    Range,
}

type CResult = (Complex, Errno);

const fn c(re: f64, im: f64) -> Complex {
    Complex { re, im }
}

// ---------------------------------------------------------------- special values

/// `special_type`: the row/column of a double in the special value tables.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,   // positive finite
            (true, false) => 1,  // negative finite
            (false, true) => 3,  // +0
            (false, false) => 2, // -0
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// Placeholder for finite arguments (never looked up).
const U: f64 = -9.5426319407711027e33;

type Table = [[Complex; 7]; 7];

/// Table entry for a non-finite argument (rows: real part, columns: imaginary part).
fn special(t: &Table, z: Complex) -> Complex {
    t[special_type(z.re)][special_type(z.im)]
}

fn nonfinite(z: Complex) -> bool {
    !z.re.is_finite() || !z.im.is_finite()
}

macro_rules! table {
    ($($re:expr, $im:expr;)*) => {{
        let v = [$(c($re, $im)),*];
        let mut t = [[c(0.0, 0.0); 7]; 7];
        let mut i = 0;
        while i < 49 {
            t[i / 7][i % 7] = v[i];
            i += 1;
        }
        t
    }};
}

static ACOS_SV: Table = table! {
    P34,INF; P,INF; P,INF; P,-INF; P,-INF; P34,-INF; N,INF;
    P12,INF; U,U; U,U; U,U; U,U; P12,-INF; N,N;
    P12,INF; U,U; P12,0.; P12,-0.; U,U; P12,-INF; P12,N;
    P12,INF; U,U; P12,0.; P12,-0.; U,U; P12,-INF; P12,N;
    P12,INF; U,U; U,U; U,U; U,U; P12,-INF; N,N;
    P14,INF; 0.,INF; 0.,INF; 0.,-INF; 0.,-INF; P14,-INF; N,INF;
    N,INF; N,N; N,N; N,N; N,N; N,-INF; N,N;
};

static ACOSH_SV: Table = table! {
    INF,-P34; INF,-P; INF,-P; INF,P; INF,P; INF,P34; INF,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P12; U,U; 0.,-P12; 0.,P12; U,U; INF,P12; N,N;
    INF,-P12; U,U; 0.,-P12; 0.,P12; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,P14; INF,N;
    INF,N; N,N; N,N; N,N; N,N; INF,N; N,N;
};

static ASINH_SV: Table = table! {
    -INF,-P14; -INF,-0.; -INF,-0.; -INF,0.; -INF,0.; -INF,P14; -INF,N;
    -INF,-P12; U,U; U,U; U,U; U,U; -INF,P12; N,N;
    -INF,-P12; U,U; -0.,-0.; -0.,0.; U,U; -INF,P12; N,N;
    INF,-P12; U,U; 0.,-0.; 0.,0.; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,P14; INF,N;
    INF,N; N,N; N,-0.; N,0.; N,N; INF,N; N,N;
};

static ATANH_SV: Table = table! {
    -0.,-P12; -0.,-P12; -0.,-P12; -0.,P12; -0.,P12; -0.,P12; -0.,N;
    -0.,-P12; U,U; U,U; U,U; U,U; -0.,P12; N,N;
    -0.,-P12; U,U; -0.,-0.; -0.,0.; U,U; -0.,P12; -0.,N;
    0.,-P12; U,U; 0.,-0.; 0.,0.; U,U; 0.,P12; 0.,N;
    0.,-P12; U,U; U,U; U,U; U,U; 0.,P12; N,N;
    0.,-P12; 0.,-P12; 0.,-P12; 0.,P12; 0.,P12; 0.,P12; 0.,N;
    0.,-P12; N,N; N,N; N,N; N,N; 0.,P12; N,N;
};

static COSH_SV: Table = table! {
    INF,N; U,U; INF,0.; INF,-0.; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,0.; U,U; 1.,0.; 1.,-0.; U,U; N,0.; N,0.;
    N,0.; U,U; 1.,-0.; 1.,0.; U,U; N,0.; N,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,0.; N,0.; N,N; N,N; N,N;
};

static EXP_SV: Table = table! {
    0.,0.; U,U; 0.,-0.; 0.,0.; U,U; 0.,0.; 0.,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,N; U,U; 1.,-0.; 1.,0.; U,U; N,N; N,N;
    N,N; U,U; 1.,-0.; 1.,0.; U,U; N,N; N,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,-0.; N,0.; N,N; N,N; N,N;
};

static LOG_SV: Table = table! {
    INF,-P34; INF,-P; INF,-P; INF,P; INF,P; INF,P34; INF,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P12; U,U; -INF,-P; -INF,P; U,U; INF,P12; N,N;
    INF,-P12; U,U; -INF,-0.; -INF,0.; U,U; INF,P12; N,N;
    INF,-P12; U,U; U,U; U,U; U,U; INF,P12; N,N;
    INF,-P14; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,P14; INF,N;
    INF,N; N,N; N,N; N,N; N,N; INF,N; N,N;
};

static SINH_SV: Table = table! {
    INF,N; U,U; -INF,-0.; -INF,0.; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    0.,N; U,U; -0.,-0.; -0.,0.; U,U; 0.,N; 0.,N;
    0.,N; U,U; 0.,-0.; 0.,0.; U,U; 0.,N; 0.,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,-0.; N,0.; N,N; N,N; N,N;
};

static SQRT_SV: Table = table! {
    INF,-INF; 0.,-INF; 0.,-INF; 0.,INF; 0.,INF; INF,INF; N,INF;
    INF,-INF; U,U; U,U; U,U; U,U; INF,INF; N,N;
    INF,-INF; U,U; 0.,-0.; 0.,0.; U,U; INF,INF; N,N;
    INF,-INF; U,U; 0.,-0.; 0.,0.; U,U; INF,INF; N,N;
    INF,-INF; U,U; U,U; U,U; U,U; INF,INF; N,N;
    INF,-INF; INF,-0.; INF,-0.; INF,0.; INF,0.; INF,INF; INF,N;
    INF,-INF; N,N; N,N; N,N; N,N; INF,INF; N,N;
};

static TANH_SV: Table = table! {
    -1.,0.; U,U; -1.,-0.; -1.,0.; U,U; -1.,0.; -1.,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    N,N; U,U; -0.,-0.; -0.,0.; U,U; N,N; N,N;
    N,N; U,U; 0.,-0.; 0.,0.; U,U; N,N; N,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    1.,0.; U,U; 1.,-0.; 1.,0.; U,U; 1.,0.; 1.,0.;
    N,N; N,N; N,-0.; N,0.; N,N; N,N; N,N;
};

static RECT_SV: Table = table! {
    INF,N; U,U; -INF,0.; -INF,-0.; U,U; INF,N; INF,N;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    0.,0.; U,U; -0.,0.; -0.,-0.; U,U; 0.,0.; 0.,0.;
    0.,0.; U,U; 0.,-0.; 0.,0.; U,U; 0.,0.; 0.,0.;
    N,N; U,U; U,U; U,U; U,U; N,N; N,N;
    INF,N; U,U; INF,-0.; INF,0.; U,U; INF,N; INF,N;
    N,N; N,N; N,0.; N,0.; N,N; N,N; N,N;
};

// ---------------------------------------------------------------- kernels

/// DBL_MAX / 4: past it, formulas are rescaled to avoid spurious overflow.
const LARGE: f64 = f64::MAX / 4.0;
const LOG_LARGE: f64 = 708.3964185322641; // log(DBL_MAX / 4)
const SQRT_DBL_MIN: f64 = 1.4916681462400413e-154; // sqrt(DBL_MIN)
/// 2*(DBL_MANT_DIG/2) + 1 and -(that+1)/2: rescaling for subnormal square roots.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

fn ldexp(x: f64, e: i32) -> f64 {
    crate::runtime::num::ldexp(x, e as i64)
}

/// log(hypot(x/2, y/2)) + 2*ln 2 (large arguments of the inverse functions).
fn log_hypot_large(x: f64, y: f64) -> f64 {
    libm::log((x / 2.0).hypot(y / 2.0)) + LN_2 * 2.0
}

fn sqrt(z: Complex) -> CResult {
    if nonfinite(z) {
        return (special(&SQRT_SV, z), Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = ldexp(ax, SCALE_UP);
        ldexp(libm::sqrt(ax + ax.hypot(ldexp(ay, SCALE_UP))), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * libm::sqrt(ax + ax.hypot(ay / 8.0))
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 { c(s, d.copysign(z.im)) } else { c(d, s.copysign(z.im)) };
    (r, Errno::Ok)
}

fn acos(z: Complex) -> CResult {
    if nonfinite(z) {
        return (special(&ACOS_SV, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        c(z.im.abs().atan2(z.re), -log_hypot_large(z.re, z.im).copysign(z.im))
    } else {
        let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
        let s2 = sqrt(c(1.0 + z.re, z.im)).0;
        c(2.0 * s1.re.atan2(s2.re), libm::asinh(s2.re * s1.im - s2.im * s1.re))
    };
    (r, Errno::Ok)
}

fn acosh(z: Complex) -> CResult {
    if nonfinite(z) {
        return (special(&ACOSH_SV, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        c(log_hypot_large(z.re, z.im), z.im.atan2(z.re))
    } else {
        let s1 = sqrt(c(z.re - 1.0, z.im)).0;
        let s2 = sqrt(c(z.re + 1.0, z.im)).0;
        c(libm::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re))
    };
    (r, Errno::Ok)
}

fn asinh(z: Complex) -> CResult {
    if nonfinite(z) {
        return (special(&ASINH_SV, z), Errno::Ok);
    }
    let r = if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = if z.im >= 0.0 {
            log_hypot_large(z.re, z.im).copysign(z.re)
        } else {
            -log_hypot_large(z.re, z.im).copysign(-z.re)
        };
        c(re, z.im.atan2(z.re.abs()))
    } else {
        let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
        let s2 = sqrt(c(1.0 - z.im, z.re)).0;
        c(libm::asinh(s1.re * s2.im - s2.re * s1.im), z.im.atan2(s1.re * s2.re - s1.im * s2.im))
    };
    (r, Errno::Ok)
}

/// f(z) = -i g(iz): asin from asinh, atan from atanh, sin from sinh, tan from tanh.
fn rotated(z: Complex, g: fn(Complex) -> CResult) -> CResult {
    let (s, e) = g(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn atanh(z: Complex) -> CResult {
    if nonfinite(z) {
        return (special(&ATANH_SV, z), Errno::Ok);
    }
    if z.re < 0.0 {
        let (r, e) = atanh(c_neg(z));
        return (c_neg(r), e);
    }
    let ay = z.im.abs();
    if z.re > SQRT_LARGE || ay > SQRT_LARGE {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        (c(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im)), Errno::Ok)
    } else if z.re == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            (c(INF, z.im), Errno::Dom)
        } else {
            let re = -libm::log(libm::sqrt(ay) / libm::sqrt(ay.hypot(2.0)));
            (c(re, (2.0f64.atan2(-ay) / 2.0).copysign(z.im)), Errno::Ok)
        }
    } else {
        let re = libm::log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
        let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
        (c(re, im), Errno::Ok)
    }
}

/// sqrt(DBL_MAX / 4).
const SQRT_LARGE: f64 = 6.703903964971298e153;

fn cos(z: Complex) -> CResult {
    cosh(c(-z.im, z.re))
}

/// The non-finite cases of cosh/sinh/exp: (+-inf + iy) for finite nonzero y by
/// the signs of cos y and sin y, else the table; `edom` says when EDOM is set.
fn hyper_special(z: Complex, t: &Table, inf_case: impl Fn(f64, f64) -> Complex, edom: bool) -> CResult {
    let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
        inf_case(libm::cos(z.im), libm::sin(z.im))
    } else {
        special(t, z)
    };
    (r, if edom { Errno::Dom } else { Errno::Ok })
}

/// Overflow check of cosh/sinh/exp results.
fn range_checked(r: Complex) -> CResult {
    (r, if r.re.is_infinite() || r.im.is_infinite() { Errno::Range } else { Errno::Ok })
}

fn cosh(z: Complex) -> CResult {
    cosh_sinh(z, false)
}

/// cosh (`odd` false) and sinh (`odd` true): cosh(x+iy) = cos y cosh x +
/// i sin y sinh x, sinh(x+iy) = cos y sinh x + i sin y cosh x; past
/// log(DBL_MAX/4) computed at x -+ 1 and scaled by e.
fn cosh_sinh(z: Complex, odd: bool) -> CResult {
    if nonfinite(z) {
        let (t, neg_re, neg_im) = if odd { (&SINH_SV, -1.0, 1.0) } else { (&COSH_SV, 1.0, -1.0) };
        let pos = z.re > 0.0;
        let f = |co: f64, si: f64| {
            let (re, im) = (INF.copysign(co), INF.copysign(si));
            if pos {
                c(re, im)
            } else {
                c(neg_re * re, neg_im * im)
            }
        };
        return hyper_special(z, t, f, z.im.is_infinite() && !z.re.is_nan());
    }
    let (x, scale) = if z.re.abs() > LOG_LARGE { (z.re - 1.0f64.copysign(z.re), std::f64::consts::E) } else { (z.re, 1.0) };
    let (ch, sh) = (libm::cosh(x), libm::sinh(x));
    let (a, b) = if odd { (sh, ch) } else { (ch, sh) };
    range_checked(c(libm::cos(z.im) * a * scale, libm::sin(z.im) * b * scale))
}

fn sinh(z: Complex) -> CResult {
    cosh_sinh(z, true)
}

fn exp(z: Complex) -> CResult {
    if nonfinite(z) {
        let pos = z.re > 0.0;
        let f = |co: f64, si: f64| if pos { c(INF.copysign(co), INF.copysign(si)) } else { c(0.0f64.copysign(co), 0.0f64.copysign(si)) };
        let edom = z.im.is_infinite() && (z.re.is_finite() || z.re == INF);
        return hyper_special(z, &EXP_SV, f, edom);
    }
    let r = if z.re > LOG_LARGE {
        let l = libm::exp(z.re - 1.0);
        c(l * libm::cos(z.im) * std::f64::consts::E, l * libm::sin(z.im) * std::f64::consts::E)
    } else {
        let l = libm::exp(z.re);
        c(l * libm::cos(z.im), l * libm::sin(z.im))
    };
    range_checked(r)
}

fn tanh(z: Complex) -> CResult {
    if nonfinite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0.0f64.copysign(2.0 * libm::sin(z.im) * libm::cos(z.im));
            c(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(&TANH_SV, z)
        };
        return (r, if z.im.is_infinite() && z.re.is_finite() { Errno::Dom } else { Errno::Ok });
    }
    let r = if z.re.abs() > LOG_LARGE {
        c(1.0f64.copysign(z.re), 4.0 * libm::sin(z.im) * libm::cos(z.im) * libm::exp(-2.0 * z.re.abs()))
    } else {
        let tx = libm::tanh(z.re);
        let ty = libm::tan(z.im);
        let cx = 1.0 / libm::cosh(z.re);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

/// `c_log`: rescaled for huge and subnormal moduli, log1p near |z| = 1.
fn log(z: Complex) -> CResult {
    if nonfinite(z) {
        return (special(&LOG_SV, z), Errno::Ok);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        libm::log((ax / 2.0).hypot(ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(ldexp(ax, 53).hypot(ldexp(ay, 53))) - 53.0 * LN_2
        } else {
            return (c(-INF, z.im.atan2(z.re)), Errno::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    (c(re, z.im.atan2(z.re)), Errno::Ok)
}

fn log10(z: Complex) -> CResult {
    let (r, e) = log(z);
    (c(r.re / std::f64::consts::LN_10, r.im / std::f64::consts::LN_10), e)
}

// ---------------------------------------------------------------- glue

/// `PyComplex_AsCComplex`: a complex (or subclass), `__complex__`, else a real number.
fn to_complex(cx: &mut Ctx, v: Value) -> PyResult<Complex> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    let r = complex_special(cx, v)?;
    if let Some(z) = as_complex(r) {
        return Ok(z);
    }
    Ok(Complex { re: super::math::to_f64(cx, v)?, im: 0.0 })
}

fn one_complex(cx: &mut Ctx, name: &str, args: Args, kw: Kw) -> PyResult<Complex> {
    arity(cx, name, args, kw, 1, 1)?;
    to_complex(cx, args[0])
}

#[cold]
fn errno_exc(cx: &mut Ctx, e: Errno) -> crate::Exc {
    match e {
        Errno::Range => cx.overflow_error("math range error"),
        _ => cx.value_error("math domain error"),
    }
}

fn result(cx: &mut Ctx, (r, e): CResult) -> PyResult<Value> {
    if e != Errno::Ok {
        return Err(errno_exc(cx, e));
    }
    Ok(new_complex(cx, r))
}

macro_rules! cmath1 {
    ($($fname:ident = $pyname:literal, $f:expr;)*) => {
        $(fn $fname(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
            let z = one_complex(cx, concat!("cmath.", $pyname), args, kw)?;
            let f: fn(Complex) -> CResult = $f;
            result(cx, f(z))
        })*
    };
}

cmath1! {
    cm_acos = "acos", acos;
    cm_acosh = "acosh", acosh;
    cm_asin = "asin", |z| rotated(z, asinh);
    cm_asinh = "asinh", asinh;
    cm_atan = "atan", |z| rotated(z, atanh);
    cm_atanh = "atanh", atanh;
    cm_cos = "cos", cos;
    cm_cosh = "cosh", cosh;
    cm_exp = "exp", exp;
    cm_log10 = "log10", log10;
    cm_sin = "sin", |z| rotated(z, sinh);
    cm_sinh = "sinh", sinh;
    cm_sqrt = "sqrt", sqrt;
    cm_tan = "tan", |z| rotated(z, tanh);
    cm_tanh = "tanh", tanh;
}

/// `log(z[, base])`: errno is the last kernel's (as CPython's), or EDOM from
/// dividing by log(base) == 0.
fn cm_log(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "log", args, kw, 1, 2)?;
    let x = to_complex(cx, args[0])?;
    let (mut r, mut e) = log(x);
    if let Some(&b) = args.get(1) {
        let y = to_complex(cx, b)?;
        let (ly, ey) = log(y);
        e = ey;
        r = match c_quot(r, ly) {
            Some(q) => q,
            None => {
                e = Errno::Dom;
                c(0.0, 0.0)
            }
        };
    }
    result(cx, (r, e))
}

fn cm_phase(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let z = one_complex(cx, "cmath.phase", args, kw)?;
    Ok(cx.new_float(z.im.atan2(z.re)))
}

fn cm_polar(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let z = one_complex(cx, "cmath.polar", args, kw)?;
    let phi = z.im.atan2(z.re);
    let Some(r) = c_abs(z) else { return Err(errno_exc(cx, Errno::Range)) };
    let (r, phi) = (cx.new_float(r), cx.new_float(phi));
    Ok(cx.new_tuple_from(&[r, phi]))
}

fn cm_rect(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    arity(cx, "rect", args, kw, 2, 2)?;
    let r = super::math::to_f64(cx, args[0])?;
    let phi = super::math::to_f64(cx, args[1])?;
    let z = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (co, si) = (libm::cos(phi), libm::sin(phi));
            if r > 0.0 {
                c(INF.copysign(co), INF.copysign(si))
            } else {
                c(-INF.copysign(co), -INF.copysign(si))
            }
        } else {
            special(&RECT_SV, c(r, phi))
        };
        if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            return Err(errno_exc(cx, Errno::Dom));
        }
        z
    } else if phi == 0.0 {
        c(r, r * phi)
    } else {
        c(r * libm::cos(phi), r * libm::sin(phi))
    };
    Ok(new_complex(cx, z))
}

fn cm_isfinite(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let z = one_complex(cx, "cmath.isfinite", args, kw)?;
    Ok(Value::bool(z.re.is_finite() && z.im.is_finite()))
}

fn cm_isinf(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let z = one_complex(cx, "cmath.isinf", args, kw)?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn cm_isnan(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let z = one_complex(cx, "cmath.isnan", args, kw)?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cm_isclose(cx: &mut Ctx, args: Args, kw: Kw) -> PyResult<Value> {
    let ([a, b], rel_tol, abs_tol) = super::math::isclose_args(cx, args, kw, to_complex)?;
    if a.re == b.re && a.im == b.im {
        return Ok(Value::true_());
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::false_());
    }
    let abs_of = |z: Complex| c_abs(z).unwrap_or(INF);
    let diff = abs_of(c_diff(a, b));
    Ok(Value::bool(diff <= rel_tol * abs_of(b) || diff <= rel_tol * abs_of(a) || diff <= abs_tol))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_their_definitions() {
        assert_eq!(LOG_LARGE, (f64::MAX / 4.0).ln());
        assert_eq!(SQRT_LARGE, (f64::MAX / 4.0).sqrt());
        assert_eq!(SQRT_DBL_MIN, f64::MIN_POSITIVE.sqrt());
    }

    #[test]
    fn branch_cuts_keep_signed_zeros() {
        assert_eq!(sqrt(c(-4.0, 0.0)).0, c(0.0, 2.0));
        assert_eq!(sqrt(c(-4.0, -0.0)).0, c(0.0, -2.0));
        assert_eq!(log(c(0.0, 0.0)).1, Errno::Dom);
        assert_eq!(atanh(c(1.0, 0.0)).1, Errno::Dom);
    }
}
