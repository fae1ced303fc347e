//@ reference: macro.fragment.follow.expr
//@ compile-fail
//@ error: is followed by `+`, which is not allowed for `stmt` fragments
macro_rules! bad {
    ($s:stmt + $t:tt) => {};
}
fn main() {}
