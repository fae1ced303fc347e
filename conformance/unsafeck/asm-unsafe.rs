//@ reference: unsafeck.operations.asm
//@ compile-fail: E0133
// Executing inline assembly needs an unsafe block.
use std::arch::asm;
fn main() {
    unsafe { asm!("nop") };
    asm!("nop"); //~ E0133
}
