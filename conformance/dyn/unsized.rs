//@ reference: dyn.type.unsized
//@ compile-fail: E0277
fn f(x: dyn std::fmt::Debug) {} //~ E0277
fn main() {}
