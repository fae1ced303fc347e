//@ reference: borrowck.borrow.mutable-place.mut-binding
//@ compile-fail: E0596
fn main() {
    let v = Vec::<i32>::new();
    let r = &mut v; //~ E0596
}
