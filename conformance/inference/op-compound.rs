//@ reference: infer.op.compound
//@ error: literal out of range for `u8`
//@ compile-fail
fn main() {
    let mut x = 1u8;
    x += 300;
    let _ = x;
}
