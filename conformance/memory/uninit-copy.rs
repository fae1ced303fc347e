//@ reference: memory.uninit
//@ check-pass
// Copying uninitialized bytes at a type that permits them is defined, also in constant evaluation.
use std::mem::MaybeUninit;
const COPIED: MaybeUninit<u32> = {
    let a = MaybeUninit::<u32>::uninit();
    let b = a;
    b
};
fn main() {
    let _ = COPIED;
}
