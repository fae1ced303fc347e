//@ reference: borrowck.borrow.conflict
//@ compile-fail: E0503
fn main() {
    let mut x = 1;
    let a = &mut x;
    let y = x + 1; //~ E0503
    *a += y;
}
