//@ reference: crate.crates.attributes.recursion_limit
//@ compile-fail
//@ error: recursion limit reached while expanding
#![recursion_limit = "4"]
macro_rules! deep { () => {}; ($x:tt $($r:tt)*) => { deep!($($r)*) } }
deep!(a b c d e f g h);
fn main() {}
