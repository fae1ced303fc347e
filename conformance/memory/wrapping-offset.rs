//@ reference: memory.provenance.derive
//@ check-pass
// The `wrapping_` methods may leave the allocation; the pointer is usable again once back in bounds.
const BACK: u8 = unsafe {
    let p = &[1u8, 2] as *const u8;
    *p.wrapping_add(10).wrapping_sub(9)
};
fn main() {
    assert!(BACK == 2);
}
