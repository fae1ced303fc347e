//@ reference: unsafeck.context
//@ reference: unsafeck.operations
//@ compile-fail: E0133
fn main() {
    let x = 5;
    let p = &raw const x;
    let _ = *p; //~ E0133
}
