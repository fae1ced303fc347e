//@ reference: abi.extern-block.safety.unsafe
//@ compile-fail: E0133
// An explicit `unsafe` on a foreign function means the same as no qualifier: calling it needs an unsafe block.
unsafe extern "C" {
    unsafe fn abs(x: i32) -> i32;
}
fn main() {
    let _ok = unsafe { abs(-3) };
    let _ = abs(-3); //~ E0133
}
