//@ reference: resolve.use.forms.glob-underscore
//@ run-pass
// The trait imported through the glob has no name, but its methods are usable.
mod inner {
    pub use std::fmt::Write as _;
}
use inner::*;
fn main() {
    let mut s = String::new();
    s.write_str("ok").unwrap();
    assert_eq!(s, "ok");
}
