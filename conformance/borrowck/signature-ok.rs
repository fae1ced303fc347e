//@ reference: borrowck.borrow.signature
//@ check-pass
fn pick<'a, 'b: 'a>(x: &'a i32, y: &'b i32) -> &'a i32 {
    if *x > *y { x } else { y }
}
fn main() {
    assert_eq!(*pick(&1, &2), 2);
}
