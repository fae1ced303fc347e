//@ reference: layout.niche.option
//@ reference: layout.niche.option.none
//@ reference: layout.niche.result
//@ reference: layout.niche.other
//@ run-pass
use std::mem::size_of;
use std::num::NonZero;
use std::ptr::NonNull;
#[repr(transparent)]
struct Handle(NonNull<u8>);
fn main() {
    assert_eq!(size_of::<Option<&u64>>(), size_of::<&u64>());
    assert_eq!(size_of::<Option<&mut [u8]>>(), size_of::<&mut [u8]>());
    assert_eq!(size_of::<Option<Box<u8>>>(), size_of::<Box<u8>>());
    assert_eq!(size_of::<Option<NonZero<u16>>>(), 2);
    assert_eq!(size_of::<Option<extern "C" fn()>>(), size_of::<usize>());
    assert_eq!(size_of::<Option<Handle>>(), size_of::<usize>());
    assert_eq!(size_of::<Result<&u8, ()>>(), size_of::<&u8>());
    let none: Option<&u8> = unsafe { std::mem::transmute(0usize) };
    assert!(none.is_none());
    let f: Option<extern "C" fn()> = unsafe { std::mem::transmute(std::ptr::null::<u8>()) };
    assert!(f.is_none());
}
