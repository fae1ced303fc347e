//@ reference: memory.alloc.address
//@ run-pass
use std::alloc::Layout;
fn main() {
    assert!(Layout::from_size_align(isize::MAX as usize, 1).is_ok());
    assert!(Layout::from_size_align(isize::MAX as usize + 1, 1).is_err());
}
