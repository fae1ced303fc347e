//@ reference: expr.place.index
//@ compile-fail
//@ error: this operation will panic at runtime
fn main() {
    let a = [1, 2, 3];
    let _ = a[5];
}
