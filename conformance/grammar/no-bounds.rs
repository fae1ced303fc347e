//@ reference: grammar.types.no-bounds
//@ compile-fail
//@ error: ambiguous `+` in a type
fn f(_: &dyn Send + Sync) {}
fn main() {}
