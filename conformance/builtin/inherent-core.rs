//@ reference: builtin.inherent.intro
//@ check-pass
//@ compile-flags: -C panic=abort
#![no_std]
#![no_main]
// Integer, float, char and str methods come from `core`: a `no_std` crate has them (checked at compile time).
const _: () = assert!(2u32.pow(3) == 8 && u8::MAX == 255 && i32::BITS == 32 && (-3i32).abs() == 3);
const _: () = assert!(1.5f64.to_bits() == 0x3FF8_0000_0000_0000 && "abc".len() == 3);
const _: () = assert!('x'.is_ascii_alphabetic() && matches!('7'.to_digit(10), Some(7)) && 'é'.len_utf8() == 2);
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
