//@ reference: layout.overview
//@ reference: layout.basics.alignment
//@ reference: layout.basics.size
//@ reference: layout.basics.dynamic
//@ reference: layout.basics.zst
//@ reference: layout.prim.size
//@ reference: layout.prim.usize
//@ reference: layout.prim.align
//@ reference: layout.prim.align.target
//@ reference: layout.prim.integer
//@ reference: layout.prim.float
//@ reference: layout.bool
//@ reference: layout.char
//@ reference: layout.ptr.fn
//@ reference: layout.ptr.metadata
//@ reference: layout.ptr.metadata.kinds
//@ reference: layout.aggregate.array
//@ reference: layout.aggregate.slice
//@ reference: layout.aggregate.tuple
//@ run-pass
use std::mem::{align_of, align_of_val, size_of, size_of_val};
fn main() {
    assert!([size_of::<u8>(), size_of::<u16>(), size_of::<u32>(), size_of::<u64>(), size_of::<u128>()] == [1, 2, 4, 8, 16]);
    assert!([size_of::<i8>(), size_of::<i16>(), size_of::<i32>(), size_of::<i64>(), size_of::<i128>()] == [1, 2, 4, 8, 16]);
    assert_eq!((size_of::<f32>(), size_of::<f64>(), size_of::<bool>(), size_of::<char>()), (4, 8, 1, 4));
    assert_eq!(size_of::<usize>() * 8, usize::BITS as usize);
    assert_eq!(size_of::<usize>(), size_of::<isize>());
    assert_eq!((align_of::<bool>(), align_of::<u8>(), align_of::<i8>()), (1, 1, 1));
    assert!(align_of::<u64>() <= 8 && align_of::<u32>().is_power_of_two());
    assert_eq!(size_of::<[u16; 3]>(), 6);
    assert_eq!(align_of::<[u64; 3]>(), align_of::<u64>());
    assert_eq!(size_of::<()>(), 0);
    assert_eq!(size_of::<(u8, u32)>() % align_of::<(u8, u32)>(), 0);
    assert_eq!(258u16.to_ne_bytes(), if cfg!(target_endian = "little") { [2, 1] } else { [1, 2] });
    assert_eq!((-1i8) as u8, 0xFF); // two's complement
    assert_eq!(1.0f32.to_bits(), 0x3F80_0000);
    assert_eq!((true as u8, false as u8, 'A' as u32), (1, 0, 65));
    let s: &[u32] = &[1, 2, 3];
    assert_eq!((size_of_val(s), align_of_val(s), s.len()), (12, align_of::<u32>(), 3));
    assert_eq!(size_of_val("héllo"), 6);
    assert_eq!(size_of::<fn()>(), size_of::<Option<fn()>>());
    let arr = [10u32, 20, 30];
    let base = arr.as_ptr() as usize;
    assert_eq!(&arr[2] as *const u32 as usize - base, 2 * size_of::<u32>());
}
