//@ reference: memory.byte
//@ compile-fail: E0080
// The bytes of a pointer hold provenance besides their integer values: constant evaluation cannot
// turn them into a plain integer.
const ADDR: usize = unsafe { std::mem::transmute::<*const u8, usize>(&0u8) }; //~ E0080
fn main() {
    let _ = ADDR;
}
