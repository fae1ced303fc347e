//@ reference: macro.fragment.opaque
//@ compile-fail
//@ error: no rules expected
// An `expr` fragment passed on cannot be matched by literal tokens.
macro_rules! inner {
    (1) => {};
}
macro_rules! outer {
    ($e:expr) => { inner!($e) };
}
fn main() {
    outer!(1);
}
