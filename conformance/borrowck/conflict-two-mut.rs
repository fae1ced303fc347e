//@ reference: borrowck.borrow.conflict
//@ compile-fail: E0499
fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = &mut x; //~ E0499
    *a += *b;
}
