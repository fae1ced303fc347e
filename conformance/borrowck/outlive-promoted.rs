//@ reference: borrowck.borrow.outlive
//@ run-pass
fn promoted() -> &'static i32 {
    &42 // a promoted constant: not a local temporary
}
fn main() {
    assert_eq!(*promoted(), 42);
}
