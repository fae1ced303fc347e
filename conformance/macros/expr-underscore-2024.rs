//@ reference: macro.fragment.expr.edition2024
//@ run-pass
// In the 2024 edition `expr` matches `_` and a const block; `expr_2021` does not.
macro_rules! which {
    ($e:expr_2021) => { "expr_2021" };
    ($e:expr) => { "expr" };
}
macro_rules! under {
    ($e:expr) => { "expr" };
    ($t:tt) => { "tt" };
}
fn main() {
    assert_eq!(which!(1 + 1), "expr_2021");
    assert_eq!(under!(_), "expr");
}
