//@ reference: resolve.use.forms.glob-underscore
//@ compile-fail: E0405
mod inner {
    pub use std::fmt::Write as _;
}
use inner::*;
fn takes(_: &dyn Write) {} //~ E0405
fn main() {}
