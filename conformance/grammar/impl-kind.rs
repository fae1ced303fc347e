//@ reference: grammar.items.impl-kind
//@ compile-fail: E0407
// `impl Trait for Type` is a trait implementation: it may define only the trait's items.
trait Named { fn name(&self) -> &'static str; }
struct S;
impl S { fn extra(&self) {} } // an inherent implementation may define anything
impl Named for S {
    fn name(&self) -> &'static str { "s" }
    fn extra2(&self) {} //~ E0407
}
fn main() {}
