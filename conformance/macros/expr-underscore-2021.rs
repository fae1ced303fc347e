//@ reference: macro.fragment.expr.edition2024
//@ edition: 2021
//@ run-pass
// Before 2024, `expr` does not match `_`, so the next rule is tried.
macro_rules! under {
    ($e:expr) => { "expr" };
    ($t:tt) => { "tt" };
}
fn main() {
    assert_eq!(under!(_), "tt");
}
