//@ reference: grammar.types.dyn.edition2021
//@ edition: 2021
//@ compile-fail: E0782
trait Tr {}
fn f(_: &Tr) {} //~ E0782
fn main() {}
