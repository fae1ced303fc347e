//@ reference: pat.exhaustive.values.pointer-sized
//@ compile-fail: E0004
fn classify(x: usize) -> u8 {
    match x { //~ E0004
        0 => 0,
        1..=usize::MAX => 1,
    }
}
fn main() {
    classify(3);
}
