//@ reference: expand.process.recursion
//@ run-pass
// The same nesting is accepted once `recursion_limit` is high enough.
#![recursion_limit = "64"]
macro_rules! deep {
    () => { 0 };
    ($x:tt $($rest:tt)*) => { 1 + deep!($($rest)*) };
}
fn main() {
    assert_eq!(deep!(a b c d e f g h i j k l), 12);
}
