//@ reference: crate.modules.unsafe
//@ compile-fail
//@ error: module cannot be declared unsafe
unsafe mod m {}
fn main() {}
