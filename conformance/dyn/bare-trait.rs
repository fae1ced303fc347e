//@ reference: dyn.type.edition2021
//@ compile-fail: E0782
fn f(_: &std::fmt::Debug) {} //~ E0782
fn main() {}
