//@ reference: memory.provenance.int
//@ run-pass
// A pointer cast to an integer exposes its provenance; an integer cast back may use it.
fn main() {
    let x = 7u64;
    let addr = &x as *const u64 as usize;
    let back = std::ptr::with_exposed_provenance::<u64>(addr);
    assert_eq!(unsafe { *back }, 7);
    let again = addr as *const u64;
    assert_eq!(unsafe { *again }, 7);
}
