//@ reference: borrowck.dropck.rule
//@ reference: borrowck.dropck.order
//@ compile-fail: E0597
struct Holder<'a>(&'a i32);
impl Drop for Holder<'_> {
    fn drop(&mut self) {}
}
fn main() {
    let h;
    let x = 5;
    h = Holder(&x); //~ E0597
}
