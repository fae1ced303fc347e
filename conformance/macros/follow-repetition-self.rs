//@ reference: macro.fragment.follow.repetition.self
//@ run-pass
// rustc 1.95 does not check that the contents of a `*` or `+` repetition may follow themselves.
macro_rules! exprs {
    ($($e:expr)*) => { 0 $(+ $e)* };
}
fn main() {
    assert_eq!(exprs!(1 2 3), 6);
}
