//@ reference: abi.overview
//@ reference: abi.string.intro
//@ check-pass
// An ABI string may follow `extern` in a function definition, a function pointer type and an extern block.
extern "C" fn defined() -> i32 { 1 }
unsafe extern "C" {
    fn declared() -> i32;
}
fn main() {
    let p: extern "C" fn() -> i32 = defined;
    let q: unsafe extern "C" fn() -> i32 = declared;
    let _ = (p, q);
}
