//@ reference: macro.repetition.syntax
//@ run-pass
// `$` may separate repetitions; `++` is the operator `+` followed by a literal `+`, not a `+` separator.
macro_rules! dollar_sep {
    ($($a:ident)$*) => { 0 $(+ stringify!($a).len())* };
}
macro_rules! then_plus {
    ($($a:ident)++) => { 0 $(+ stringify!($a).len())+ };
}
fn main() {
    assert_eq!(dollar_sep!(ab $ c), 3);
    assert_eq!(then_plus!(ab c +), 3);
}
