//@ reference: infer.expect.cast
//@ error: literal out of range for `u8`
//@ compile-fail
fn main() {
    let _x = 256 as u8;
}
