//@ reference: dyn.type.bounds
//@ compile-fail: E0225
fn f(_: &(dyn std::fmt::Debug + Clone)) {} //~ E0225
fn main() {}
