//@ reference: abi.fn-pointer.coerce.unsafe
//@ run-pass
// A safe function coerces to the `unsafe` form of its pointer type (which needs an unsafe block to call).
extern "C" fn one() -> u8 {
    1
}
fn two() -> u8 {
    2
}
fn main() {
    let p: unsafe extern "C" fn() -> u8 = one;
    let q: unsafe fn() -> u8 = two;
    assert_eq!(unsafe { p() + q() }, 3);
}
