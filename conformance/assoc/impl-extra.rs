//@ reference: assoc.items.impl-complete
//@ compile-fail: E0407
trait T {}
impl T for u8 {
    fn extra(&self) {} //~ E0407
}
fn main() {}
