//@ reference: macro.fragment.follow
//@ compile-fail
//@ error: is followed by `+`, which is not allowed for `expr` fragments
macro_rules! bad {
    ($e:expr + $f:expr) => {};
}
fn main() {}
