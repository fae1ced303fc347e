//@ reference: borrowck.borrow.deferred-init
//@ compile-fail: E0384
fn main() {
    let x;
    x = 1;
    x = 2; //~ E0384
}
