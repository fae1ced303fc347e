//@ reference: abi.fn-pointer.type.rust-abi
//@ check-pass
// `fn()` and `extern "Rust" fn()` are the same type.
fn f() {}
fn main() {
    let p: fn() = f;
    let q: extern "Rust" fn() = p;
    let _r: fn() = q;
}
