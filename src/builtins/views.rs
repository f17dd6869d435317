//! dict views (`dict_keys`, `dict_values`, `dict_items`): the objects and their
//! protocols are the runtime's (`runtime::iter`); this maps the view kinds.
use crate::runtime::iter as rit;
use crate::vm::Ctx;
use crate::Value;

pub const KEYS: u8 = rit::VIEW_KEYS;
pub const VALUES: u8 = rit::VIEW_VALUES;
pub const ITEMS: u8 = rit::VIEW_ITEMS;

pub fn install(_cx: &mut Ctx) {}

/// A new view of dict `d`.
#[inline]
pub fn new_view(cx: &mut Ctx, d: Value, kind: u8) -> Value {
    rit::new_dict_view(cx, d, kind)
}
