//@ reference: macro.fragment.metavariable.unique
//@ compile-fail
//@ error: duplicate matcher binding
macro_rules! dup {
    ($a:expr, $a:expr) => {};
}
fn main() {}
