//! Builtin functions (print, len, range, ...).
