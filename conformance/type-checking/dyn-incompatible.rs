//@ reference: typeck.dyn-compat.conditions
//@ compile-fail: E0038
trait Cmp: PartialEq {}
fn f(_: &dyn Cmp) {} //~ E0038
fn main() {}
