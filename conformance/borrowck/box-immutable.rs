//@ reference: borrowck.borrow.mutable-place.box
//@ compile-fail: E0594
fn main() {
    let b = Box::new(1);
    *b = 2; //~ E0594
}
