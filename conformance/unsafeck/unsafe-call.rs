//@ reference: unsafeck.fn.intro
//@ reference: unsafeck.operations.unsafe-call
//@ compile-fail: E0133
unsafe fn danger() {}
fn main() {
    danger(); //~ E0133
}
