//@ reference: unsafeck.context
//@ reference: unsafeck.operations.raw-deref
//@ compile-fail: E0133
fn main() {
    let x = 5;
    let p = &raw const x;
    let _ = *p; //~ E0133
}
