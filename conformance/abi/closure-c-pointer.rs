//@ reference: abi.fn-pointer.coerce.closure
//@ compile-fail: E0308
// A closure that captures nothing coerces to `fn()` but not to `extern "C" fn()`.
fn main() {
    let _ok: fn() -> u8 = || 1;
    let _bad: extern "C" fn() -> u8 = || 1; //~ E0308
}
