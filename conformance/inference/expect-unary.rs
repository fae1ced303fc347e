//@ reference: infer.expect.unary
//@ compile-fail: E0600
fn main() {
    let _y: u32 = -1; //~ E0600
}
