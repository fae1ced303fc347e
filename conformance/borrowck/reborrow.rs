//@ reference: borrowck.reborrow.intro
//@ reference: borrowck.reborrow.implicit
//@ check-pass
fn bump(r: &mut i32) {
    *r += 1;
}
fn main() {
    let mut x = 1;
    let r = &mut x;
    bump(r); // implicitly `&mut *r`: `r` is not moved
    bump(r);
    let again = &mut *r;
    *again += 1;
    *r += 1;
    assert_eq!(x, 5);
}
