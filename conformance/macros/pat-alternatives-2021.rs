//@ reference: macro.fragment.pat.edition2021
//@ run-pass
// From 2021, `pat` matches top-level alternatives.
macro_rules! is {
    ($v:expr, $p:pat) => { matches!($v, $p) };
}
fn main() {
    assert!(is!(2, 1 | 2));
}
