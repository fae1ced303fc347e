//@ reference: mir.place.def
//@ compile-fail: E0080
// Using the place as an operand reads it: constant evaluation rejects the read of uninitialised memory.
use std::mem::MaybeUninit;
const VALUE: u32 = {
    let u = MaybeUninit::<(u8, u32)>::uninit();
    let p = u.as_ptr();
    unsafe { (*p).1 } //~ E0080
};
fn main() {
    let _ = VALUE;
}
