//@ reference: macro.fragment.follow.repetition
//@ compile-fail
//@ error: `$e:expr` may be followed by `$f:ident`, which is not allowed for `expr` fragments
// What follows a repetition must be permitted after its contents.
macro_rules! bad {
    ($($e:expr),* $f:ident) => {};
}
fn main() {}
