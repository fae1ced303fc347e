//@ reference: unsafeck.operations.extern-static
//@ compile-fail: E0133
// Reading a foreign static that is not declared `safe`, or taking a reference to it, needs an unsafe block.
unsafe extern "C" {
    static SHARED: i32;
}
fn main() {
    let _ok = unsafe { SHARED };
    let _a = SHARED; //~ E0133
    let _r = &SHARED; //~ E0133
}
