//@ reference: unsafeck.operations.static-mut
//@ compile-fail: E0133
static mut N: u8 = 0;
fn main() {
    N = 1; //~ E0133
}
