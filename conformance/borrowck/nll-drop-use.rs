//@ reference: borrowck.nll.drop-use
//@ compile-fail: E0506
struct Guard<'a>(&'a i32);
impl Drop for Guard<'_> {
    fn drop(&mut self) {}
}
fn main() {
    let mut x = 1;
    let g = Guard(&x);
    x = 2; //~ E0506
}
