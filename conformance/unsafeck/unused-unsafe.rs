//@ reference: unsafeck.block.unused
//@ compile-fail
//@ error: unnecessary `unsafe` block
#![deny(unused_unsafe)]
fn main() {
    unsafe {}
}
