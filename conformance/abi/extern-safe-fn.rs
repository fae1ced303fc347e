//@ reference: abi.extern-block.safety.safe
//@ reference: abi.extern-block.intro
//@ run-pass
unsafe extern "C" {
    safe fn abs(x: i32) -> i32;
    fn labs(x: core::ffi::c_long) -> core::ffi::c_long;
}
fn main() {
    assert_eq!(abs(-3), 3); // `safe`: no `unsafe` block needed
    assert_eq!(unsafe { labs(-4) }, 4);
}
