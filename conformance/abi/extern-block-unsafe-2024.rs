//@ reference: abi.extern-block.unsafe.edition2024
//@ compile-fail
//@ error: extern blocks must be unsafe
extern "C" {
    fn abs(x: i32) -> i32;
}
fn main() {}
