//@ reference: grammar.types.no-bounds
//@ check-pass
fn f(_: &(dyn Send + Sync)) {}
fn main() {}
