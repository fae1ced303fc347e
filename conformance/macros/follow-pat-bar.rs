//@ reference: macro.fragment.follow.pat
//@ compile-fail
//@ error: is followed by `|`, which is not allowed for `pat` fragments
macro_rules! bad {
    ($p:pat | $q:pat) => {};
}
fn main() {}
