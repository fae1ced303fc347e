//@ reference: unsafeck.extern.intro
//@ reference: unsafeck.extern.items
//@ reference: unsafeck.extern.edition2024
//@ run-pass
unsafe extern "C" {
    safe fn abs(x: i32) -> i32;
    unsafe fn labs(x: std::ffi::c_long) -> std::ffi::c_long;
    fn strlen(s: *const std::ffi::c_char) -> usize; // unsafe by default
}
fn main() {
    let a = abs(-3); // `safe`: callable from safe code
    let b = unsafe { labs(-4) };
    let c = unsafe { strlen(c"hey".as_ptr()) };
    assert_eq!((a, b, c), (3, 4, 3));
}
