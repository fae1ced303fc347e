//@ reference: pat.exhaustive.values
//@ compile-fail: E0004
// `usize::MAX` is not the largest value a match must consider: the range does not make it exhaustive.
fn classify(x: usize) -> u8 {
    match x { //~ E0004
        0 => 0,
        1..=usize::MAX => 1,
    }
}
fn main() {
    classify(3);
}
