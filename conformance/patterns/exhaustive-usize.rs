//@ reference: pat.exhaustive.values
//@ compile-fail: E0004
// `usize` and `isize` are not covered by ranges up to their `MAX`: their range is treated as open.
fn classify(x: usize) -> u8 {
    match x { //~ E0004
        0 => 0,
        1..=usize::MAX => 1,
    }
}
fn main() {
    classify(3);
}
