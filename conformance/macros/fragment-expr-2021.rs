//@ reference: macro.fragment.expr_2021
//@ run-pass
// `expr_2021` matches an expression, but not `_` or a const block at its top level, so the next rule is tried.
macro_rules! which {
    ($e:expr_2021) => { "expr_2021" };
    ($($t:tt)*) => { "other" };
}
fn main() {
    assert_eq!(which!(1 + 1), "expr_2021");
    assert_eq!(which!((const { 1 })), "expr_2021");
    assert_eq!(which!(_), "other");
    assert_eq!(which!(const { 1 }), "other");
}
