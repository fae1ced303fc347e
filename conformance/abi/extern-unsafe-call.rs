//@ reference: abi.extern-block.safety
//@ compile-fail: E0133
unsafe extern "C" {
    fn abs(x: i32) -> i32;
}
fn main() {
    let _ = abs(-3); //~ E0133
}
