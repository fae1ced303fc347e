//@ reference: abi.variadic
//@ run-pass
use core::ffi::{c_char, c_int};
unsafe extern "C" {
    fn snprintf(buf: *mut c_char, len: usize, fmt: *const c_char, ...) -> c_int;
}
fn main() {
    let mut buf = [0 as c_char; 16];
    let n = unsafe { snprintf(buf.as_mut_ptr(), buf.len(), c"%d-%d".as_ptr(), 4 as c_int, 2 as c_int) };
    assert_eq!(n, 3);
}
