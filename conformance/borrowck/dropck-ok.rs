//@ reference: borrowck.dropck.order
//@ reference: borrowck.dropck.std
//@ check-pass
struct Holder<'a>(&'a i32);
impl Drop for Holder<'_> {
    fn drop(&mut self) {}
}
fn main() {
    let x = 5;
    let _h = Holder(&x); // declared after `x`: dropped before it
    let v;
    let y = 6;
    v = vec![&y]; // `Vec` does not access `&y` when dropped
    assert_eq!(*v[0], 6);
}
