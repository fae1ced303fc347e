//@ reference: macro.fragment.follow.type
//@ compile-fail
//@ error: is followed by `+`, which is not allowed for `ty` fragments
macro_rules! bad {
    ($t:ty + $u:ty) => {};
}
fn main() {}
