//@ reference: macro.fragment.opaque
//@ run-pass
// An `ident` or `tt` fragment passed on can still be matched by literal tokens.
macro_rules! inner {
    (one) => { 1 };
    ($e:expr) => { 2 };
}
macro_rules! via_ident {
    ($i:ident) => { inner!($i) };
}
macro_rules! via_expr {
    ($e:expr) => { inner!($e) };
}
fn main() {
    let one = 5;
    let _ = one;
    assert_eq!(via_ident!(one), 1);
    assert_eq!(via_expr!(one), 2);
}
