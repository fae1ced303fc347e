//@ reference: unsafeck.fn.trait
//@ compile-fail: E0053
trait T { unsafe fn f(&self); }
impl T for u8 {
    fn f(&self) {} //~ E0053
}
fn main() {}
