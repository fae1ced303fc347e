//@ reference: macro.fragment.metavariable
//@ compile-fail
//@ error: duplicate matcher binding
macro_rules! dup {
    ($a:expr, $a:expr) => {};
}
fn main() {}
