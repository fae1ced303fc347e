//@ reference: memory.provenance.strict
//@ run-pass
// `addr` and `with_addr` convert between a pointer and its address and back, keeping the provenance.
fn main() {
    let values = [10u32, 20, 30];
    let p = values.as_ptr();
    let second = p.with_addr(p.addr() + std::mem::size_of::<u32>());
    assert_eq!(unsafe { *second }, 20);
}
