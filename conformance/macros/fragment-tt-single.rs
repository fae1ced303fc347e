//@ reference: macro.fragment.tt
//@ compile-fail
//@ error: no rules expected
// `tt` matches exactly one token tree: `a b` is two.
macro_rules! one {
    ($t:tt) => {};
}
fn main() {
    one!((a b));
    one!(a b);
}
