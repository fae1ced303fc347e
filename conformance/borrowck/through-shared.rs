//@ reference: borrowck.borrow.shared-immutable
//@ reference: borrowck.borrow.mutable-place.deref-mut
//@ compile-fail: E0594
fn main() {
    let mut x = 1;
    let r = &x;
    let rr = &r;
    **rr = 2; //~ E0594
}
