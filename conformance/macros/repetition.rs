//@ reference: macro.repetition.syntax
//@ reference: macro.repetition.matching
//@ run-pass
macro_rules! sum {
    ($($x:expr),+ $(,)?) => { 0 $(+ $x)+ };
}
fn main() {
    assert_eq!(sum!(1, 2, 3,), 6);
}
