//@ reference: borrowck.borrow.signature
//@ compile-fail
//@ error: lifetime may not live long enough
fn pick<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 {
    y
}
fn main() {}
