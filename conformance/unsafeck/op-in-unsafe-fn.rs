//@ reference: unsafeck.fn.body
//@ reference: unsafeck.fn.edition2024
//@ compile-fail: E0133
#![deny(unsafe_op_in_unsafe_fn)]
unsafe fn f(p: *const u8) -> u8 {
    *p //~ E0133
}
fn main() {}
