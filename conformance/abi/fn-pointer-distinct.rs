//@ reference: abi.fn-pointer.type
//@ compile-fail: E0308
// Function pointer types that differ in the ABI string or the `unsafe` qualifier are different types.
fn main() {
    let c: extern "C" fn() = { extern "C" fn f() {} f };
    let u: unsafe fn() = { unsafe fn g() {} g };
    let _a: fn() = c; //~ E0308
    let _b: fn() = u; //~ E0308
}
