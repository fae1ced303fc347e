//@ reference: abi.extern-block.static
//@ compile-fail: E0594
// An immutable foreign static cannot be assigned from Rust; a `static mut` one can (in `unsafe`).
unsafe extern "C" {
    static FIXED: i32;
    static mut COUNTER: i32;
}
fn main() {
    unsafe {
        COUNTER = 1;
        FIXED = 1; //~ E0594
    }
}
