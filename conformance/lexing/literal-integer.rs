//@ reference: lex.literal.integer
//@ run-pass
fn main() {
    assert_eq!(1_000, 1000);
    assert_eq!(0x_ff, 255);
    assert_eq!(0o7_7, 63);
    assert_eq!(0b1_0, 2);
}
