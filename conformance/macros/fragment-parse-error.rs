//@ reference: macro.rules.fragment-error
//@ compile-fail
//@ error: expected expression, found keyword `struct`
// `-` can begin an expression, so the `expr` rule commits; its failure is an error and the `tt` rule is not tried.
macro_rules! m {
    ($e:expr) => { "expr" };
    ($($t:tt)*) => { "tokens" };
}
fn main() {
    let _ = m!(- struct);
}
