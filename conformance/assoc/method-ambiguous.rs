//@ reference: assoc.method.ambiguity
//@ compile-fail: E0034
trait A { fn f(&self) {} }
trait B { fn f(&self) {} }
impl A for u8 {}
impl B for u8 {}
fn main() {
    1u8.f(); //~ E0034
}
