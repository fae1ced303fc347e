//@ reference: memory.alloc
//@ run-pass
// Two live allocations of non-zero size do not overlap.
fn main() {
    let a = Box::new([0u8; 16]);
    let b = Box::new([0u8; 16]);
    let (pa, pb) = (a.as_ptr() as usize, b.as_ptr() as usize);
    assert!(pa + 16 <= pb || pb + 16 <= pa);
}
