//@ reference: unsafeck.extern.intro
//@ reference: unsafeck.operations.extern-block
//@ compile-fail
//@ error: extern blocks must be unsafe
extern "C" {
    fn abs(x: i32) -> i32;
}
fn main() {}
