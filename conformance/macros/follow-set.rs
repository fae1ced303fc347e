//@ reference: macro.fragment.follow
//@ reference: macro.fragment.follow.expr
//@ compile-fail
//@ error: is followed by `+`, which is not allowed for `expr` fragments
macro_rules! bad {
    ($e:expr + $f:expr) => {};
}
fn main() {}
