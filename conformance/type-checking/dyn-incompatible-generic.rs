//@ reference: typeck.dyn-compat.conditions
//@ reference: typeck.dyn-compat.dispatchable
//@ compile-fail: E0038
trait Gen {
    fn g<T>(&self, t: T);
}
fn f(_: &dyn Gen) {} //~ E0038
fn main() {}
