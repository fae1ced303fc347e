//@ reference: expand.process.recursion
//@ compile-fail
//@ error: recursion limit reached while expanding
#![recursion_limit = "8"]
macro_rules! deep {
    () => { 0 };
    ($x:tt $($rest:tt)*) => { 1 + deep!($($rest)*) };
}
fn main() {
    let _ = deep!(a b c d e f g h i j k l);
}
