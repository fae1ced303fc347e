//@ reference: abi.extern-block.unsafe.edition2024
//@ edition: 2021
//@ check-pass
extern "C" {
    fn abs(x: i32) -> i32;
}
fn main() {
    let _ = unsafe { abs(-1) };
}
