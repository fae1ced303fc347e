//@ reference: borrowck.borrow.outlive
//@ check-pass
fn promoted() -> &'static i32 {
    &42 // a promoted constant: not a local temporary
}
fn main() {
    assert_eq!(*promoted(), 42);
}
