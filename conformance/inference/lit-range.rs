//@ reference: infer.lit.range
//@ error: literal out of range for `u8`
//@ compile-fail
fn main() {
    let x = 300;
    let _: u8 = x;
}
