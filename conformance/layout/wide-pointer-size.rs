//@ reference: layout.ptr.wide
//@ reference: layout.ptr.wide.size
//@ reference: layout.ptr.thin
//@ reference: layout.ptr.kinds
//@ run-pass
use std::mem::{align_of, size_of};
fn main() {
    assert_eq!(size_of::<&u64>(), size_of::<usize>());
    assert_eq!(align_of::<*const u8>(), align_of::<usize>());
    assert_eq!(size_of::<&mut u8>(), size_of::<Box<u8>>());
    assert_eq!(size_of::<*mut [u8]>(), size_of::<&[u8]>());
    assert!(size_of::<&[u64]>() >= size_of::<&u64>());
    assert!(size_of::<&str>() >= size_of::<&u8>());
    assert!(size_of::<Box<dyn std::fmt::Debug>>() >= size_of::<Box<u8>>());
}
