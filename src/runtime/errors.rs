//! Raising exceptions from Rust: store the exception in `cx.exc`, return `Exc`.
use super::*;
use crate::Exc;

macro_rules! err_fns {
    ($($f:ident => $t:ident),* $(,)?) => {
        impl Ctx {
            $(
                #[cold]
                #[inline(never)]
                pub fn $f(&mut self, msg: impl Into<String>) -> Exc {
                    let c = self.rt.types.$t;
                    self.err(c, msg)
                }
            )*
        }
    };
}

err_fns! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    not_implemented_error => not_implemented_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    recursion_error => recursion_error,
    memory_error => memory_error,
    assertion_error => assertion_error,
    unbound_local_error => unbound_local_error,
    os_error => os_error,
    file_not_found_error => file_not_found_error,
    eof_error => eof_error,
    lookup_error => lookup_error,
    syntax_error => syntax_error,
    system_error => system_error,
    unicode_error => unicode_error,
}

impl Ctx {
    /// Raise an exception object (or an exception class, instantiated with no args).
    #[cold]
    #[inline(never)]
    pub fn raise(&mut self, exc: Value) -> Exc {
        self.exc = exc;
        Exc
    }

    /// Raise a new exception of `cls` with one str argument.
    #[cold]
    #[inline(never)]
    pub fn err(&mut self, cls: *mut ClassObj, msg: impl Into<String>) -> Exc {
        let m = self.new_string(msg.into());
        let e = new_exception(self, cls, vec![m]);
        self.raise(e)
    }

    /// Raise a new exception of `cls` with no arguments.
    #[cold]
    #[inline(never)]
    pub fn err_noargs(&mut self, cls: *mut ClassObj) -> Exc {
        let e = new_exception(self, cls, vec![]);
        self.raise(e)
    }

    /// `KeyError(key)`.
    #[cold]
    #[inline(never)]
    pub fn key_error(&mut self, key: Value) -> Exc {
        let c = self.rt.types.key_error;
        let e = new_exception(self, c, vec![key]);
        self.raise(e)
    }

    /// `OverflowError(34, 'Numerical result out of range')`: CPython's errno
    /// ERANGE error from float `**` (`1e300 ** 2.0`).
    #[cold]
    #[inline(never)]
    pub fn erange_error(&mut self) -> Exc {
        let c = self.rt.types.overflow_error;
        let msg = self.new_string("Numerical result out of range".to_string());
        let e = new_exception(self, c, vec![Value::from_small(34), msg]);
        self.raise(e)
    }

    /// `StopIteration(value)` (no args when value is None/UNBOUND).
    #[cold]
    #[inline(never)]
    pub fn stop_iteration(&mut self, value: Value) -> Exc {
        let c = self.rt.types.stop_iteration;
        let value = if value.is_unbound() { std::mem::replace(&mut self.rt.gen_return, Value::UNBOUND) } else { value };
        let args = if value.is_unbound() || value.is_none() { vec![] } else { vec![value] };
        let e = new_exception(self, c, args);
        self.raise(e)
    }

    /// isinstance(cx.exc, cls).
    pub fn exc_is(&self, cls: *mut ClassObj) -> bool {
        !self.exc.is_unbound() && issubclass(type_of(self, self.exc), cls)
    }

    /// Take the pending exception (leaves UNBOUND).
    pub fn take_exc(&mut self) -> Value {
        std::mem::replace(&mut self.exc, Value::UNBOUND)
    }
}
