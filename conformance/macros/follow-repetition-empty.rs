//@ reference: macro.fragment.follow.repetition
//@ compile-fail
//@ error: `$a:expr` may be followed by `$b:ident`, which is not allowed for `expr` fragments
// A repetition that may match nothing: what follows it must be permitted after what precedes it.
macro_rules! bad {
    ($a:expr $(;)* $b:ident) => {};
}
fn main() {}
