//@ reference: terms.raw-pointer
//@ reference: terms.unsafe-operation
//@ compile-fail: E0133
fn main() {
    let x = 1;
    let p: *const i32 = &x; // creating a raw pointer is safe
    let _ = *p; //~ E0133
}
