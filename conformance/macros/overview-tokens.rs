//@ reference: macro.overview
//@ run-pass
// A macro maps the tokens of its input to tokens: here it swaps two token trees.
macro_rules! swap {
    ($a:tt $b:tt) => { $b - $a };
}
fn main() {
    assert_eq!(swap!(1 10), 9);
}
