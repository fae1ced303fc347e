//@ reference: borrowck.borrow.overlap
//@ compile-fail: E0499
fn main() {
    let mut a = [1, 2];
    let x = &mut a[0];
    let y = &mut a[1]; //~ E0499
    *x += *y;
}
