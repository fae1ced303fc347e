//@ reference: unsafeck.fn.intro
//@ compile-fail: E0133
unsafe fn danger() {}
fn main() {
    danger(); //~ E0133
}
