//@ reference: borrowck.borrow.conflict.shared
//@ compile-fail: E0506
fn main() {
    let mut x = 1;
    let a = &x;
    x = 2; //~ E0506
    println!("{a}");
}
