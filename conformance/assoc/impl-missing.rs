//@ reference: assoc.items.impl-complete
//@ compile-fail: E0046
trait T { fn f(&self); }
impl T for u8 {} //~ E0046
fn main() {}
