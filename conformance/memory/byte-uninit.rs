//@ reference: memory.byte
//@ compile-fail: E0080
// A byte may be uninitialised; reading it as an integer is rejected by constant evaluation.
use std::mem::MaybeUninit;
const BYTE: u8 = unsafe { MaybeUninit::<u8>::uninit().assume_init() }; //~ E0080
fn main() {
    let _ = BYTE;
}
