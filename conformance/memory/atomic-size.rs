//@ reference: memory.atomic.ops
//@ run-pass
use std::mem::{align_of, size_of};
use std::sync::atomic::{AtomicBool, AtomicU16, AtomicU32, AtomicU64, AtomicU8, AtomicUsize};
fn main() {
    assert_eq!((size_of::<AtomicU8>(), align_of::<AtomicU8>()), (1, 1));
    assert_eq!((size_of::<AtomicU16>(), align_of::<AtomicU16>()), (2, 2));
    assert_eq!((size_of::<AtomicU32>(), align_of::<AtomicU32>()), (4, 4));
    assert_eq!((size_of::<AtomicU64>(), align_of::<AtomicU64>()), (8, 8));
    assert_eq!(size_of::<AtomicUsize>(), size_of::<usize>());
    assert_eq!(size_of::<AtomicBool>(), 1);
}
