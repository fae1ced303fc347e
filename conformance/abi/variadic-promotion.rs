//@ reference: abi.variadic.promotion
//@ compile-fail: E0617
// Additional arguments of types that C would promote must be converted explicitly.
use std::ffi::{c_char, c_int};
unsafe extern "C" {
    fn printf(fmt: *const c_char, ...) -> c_int;
}
fn main() {
    unsafe {
        printf(c"%d".as_ptr(), true); //~ E0617
        printf(c"%f".as_ptr(), 1.5f32); //~ E0617
        printf(c"%d".as_ptr(), 1u8); //~ E0617
    }
}
