//@ reference: pat.exhaustive.values.integers
//@ check-pass
fn classify(x: u64) -> u8 {
    match x {
        0 => 0,
        1..=u64::MAX => 1,
    }
}
fn main() {
    classify(3);
}
