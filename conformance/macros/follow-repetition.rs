//@ reference: macro.fragment.follow.repetition
//@ compile-fail
//@ error: `$e:expr` is followed by `|`, which is not allowed for `expr` fragments
// The separator of a repetition must be permitted after its contents.
macro_rules! bad {
    ($($e:expr)|*) => {};
}
fn main() {}
