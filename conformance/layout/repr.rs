//@ reference: layout.representation.attribute
//@ reference: layout.representation.rust
//@ reference: layout.representation.c.struct
//@ reference: layout.representation.c.union
//@ reference: layout.representation.c.enum
//@ reference: layout.representation.c.enum.fields
//@ reference: layout.representation.primitive
//@ reference: layout.representation.primitive.fields
//@ reference: layout.representation.primitive.c
//@ reference: layout.representation.transparent
//@ reference: layout.representation.align
//@ reference: layout.representation.packed
//@ run-pass
use std::mem::{align_of, offset_of, size_of};
#[repr(C)]
struct C { a: u8, b: u32, c: u16 }
#[repr(C)]
union U { a: u8, b: u32, c: [u8; 6] }
#[repr(C)]
enum FieldLess { A, B = 5 }
#[repr(u8)]
enum Small { A = 1, B }
#[repr(u8)]
enum WithFields { A(u32), B(u8) }
#[repr(C, u8)]
enum CPrim { A(u16), B }
#[repr(transparent)]
struct Meters(f64, std::marker::PhantomData<u8>);
#[repr(align(16))]
struct Aligned(u8);
#[repr(C, packed)]
struct Packed { a: u8, b: u32 }
#[repr(C, packed(2))]
struct Packed2 { a: u8, b: u32 }
struct Default { a: u8, b: u32 }
fn main() {
    assert_eq!((offset_of!(C, a), offset_of!(C, b), offset_of!(C, c), size_of::<C>(), align_of::<C>()), (0, 4, 8, 12, 4));
    assert_eq!((size_of::<U>(), align_of::<U>()), (8, 4));
    assert_eq!((FieldLess::B as i32, size_of::<FieldLess>()), (5, size_of::<std::ffi::c_int>()));
    assert_eq!((size_of::<Small>(), Small::B as u8), (1, 2));
    let w = WithFields::B(9);
    assert_eq!(unsafe { *(&w as *const WithFields as *const u8) }, 1); // the tag comes first
    assert_eq!((size_of::<WithFields>(), size_of::<CPrim>()), (8, 4));
    assert_eq!((size_of::<Meters>(), align_of::<Meters>()), (8, align_of::<f64>()));
    assert_eq!((size_of::<Aligned>(), align_of::<Aligned>()), (16, 16));
    assert_eq!((size_of::<Packed>(), align_of::<Packed>(), offset_of!(Packed, b)), (5, 1, 1));
    assert_eq!((size_of::<Packed2>(), align_of::<Packed2>()), (6, 2));
    assert_eq!(offset_of!(Default, b) % align_of::<u32>(), 0);
    assert_eq!(size_of::<Default>() % align_of::<Default>(), 0);
}
