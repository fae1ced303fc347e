//@ reference: abi.extern-block.unsafe
//@ reference: abi.extern-block.intro
//@ check-pass
// Declarations without bodies in an `unsafe extern` block; parameters named by identifiers or `_`.
unsafe extern "C" {
    fn strlen(s: *const std::ffi::c_char) -> usize;
    fn free(_: *mut std::ffi::c_void);
    static errno_like: i32;
}
fn main() {
    let _ = unsafe { strlen(c"abc".as_ptr()) };
    let _ = free;
}
