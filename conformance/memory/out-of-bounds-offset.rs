//@ reference: memory.provenance.derive
//@ compile-fail: E0080
// `add` beyond one past the end of the allocation is undefined behavior, which constant evaluation detects.
const FAR: *const u8 = unsafe { (&[1u8, 2] as *const u8).add(3) }; //~ E0080
fn main() {
    let _ = FAR;
}
