//@ reference: dyn.type.assoc
//@ compile-fail: E0191
fn f(_: &dyn Iterator) {} //~ E0191
fn main() {}
