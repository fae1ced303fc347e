//@ reference: abi.string.system
//@ compile-fail: E0308
// A `"system"` function does not coerce to an `extern "C"` pointer, even where the conventions agree.
extern "system" fn f(x: i32) -> i32 { x + 1 }
fn main() {
    let p: extern "C" fn(i32) -> i32 = f; //~ E0308
    let _ = p;
}
