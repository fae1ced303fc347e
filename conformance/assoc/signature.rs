//@ reference: assoc.items.signature
//@ compile-fail: E0050
trait T { fn f(&self, x: u8); }
impl T for u8 {
    fn f(&self) {} //~ E0050
}
fn main() {}
