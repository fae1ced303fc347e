//@ reference: layout.validity.rules.scalar
//@ reference: layout.validity.rules.char
//@ reference: layout.validity.rules.nonzero
//@ reference: layout.validity.uninit
//@ reference: layout.validity.safety
//@ run-pass
use std::mem::MaybeUninit;
use std::num::NonZero;
fn main() {
    let p: *const u8 = std::ptr::null(); // a null raw pointer is valid
    let x = f32::from_bits(0x7FC0_0001); // any initialized bits are a valid float
    assert!(p.is_null() && x.is_nan());
    assert_eq!(char::from_u32(0xD800), None); // surrogates are not `char`s
    assert_eq!(NonZero::new(0u32), None);
    assert_eq!(std::mem::size_of::<Option<NonZero<u32>>>(), 4);
    let u: MaybeUninit<u64> = MaybeUninit::uninit(); // uninitialized bytes are fine in a union
    let _ = u;
    let bytes = [0xFFu8, 0xFE];
    assert!(std::str::from_utf8(&bytes).is_err()); // safe APIs uphold the `str` safety invariant
}
