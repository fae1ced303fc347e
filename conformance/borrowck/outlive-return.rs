//@ reference: borrowck.borrow.outlive
//@ compile-fail: E0515
fn dangle() -> &'static String {
    let s = String::new();
    &s //~ E0515
}
fn main() {}
