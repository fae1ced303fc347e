//@ reference: memory.uninit
//@ compile-fail: E0080
// Constant evaluation detects the undefined behavior of reading uninitialized bytes as an integer.
use std::mem::MaybeUninit;
const BAD: u8 = unsafe { MaybeUninit::<u8>::uninit().assume_init() }; //~ E0080
fn main() {
    let _ = BAD;
}
