//! dict views: `dict_keys`, `dict_values`, `dict_items`.
use crate::vm::Ctx;
use crate::Value;

pub const KEYS: u8 = 0;
pub const VALUES: u8 = 1;
pub const ITEMS: u8 = 2;

pub fn install(_cx: &mut Ctx) {}

/// A new view of dict `d`.
pub fn new_view(cx: &mut Ctx, d: Value, kind: u8) -> Value {
    let _ = (d, kind);
    let _ = cx;
    Value::none()
}
