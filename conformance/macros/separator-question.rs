//@ reference: macro.repetition.syntax
//@ compile-fail
//@ error: the `?` macro repetition operator does not take a separator
macro_rules! bad {
    ($(a),?) => {};
}
fn main() {}
