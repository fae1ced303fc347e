//@ reference: typeck.dyn-compat.sized-methods
//@ compile-fail
//@ error: cannot be invoked on a trait object
trait T {
    fn only_sized(&self) where Self: Sized {}
}
impl T for u8 {}
fn main() {
    let d: &dyn T = &1u8;
    d.only_sized();
}
