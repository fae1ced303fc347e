//@ reference: memory.alloc.access
//@ compile-fail: E0080
// A one-past-the-end pointer may be computed, but not read through.
const PAST: u8 = unsafe { *(&[1u8, 2] as *const u8).add(2) }; //~ E0080
fn main() {
    let _ = PAST;
}
