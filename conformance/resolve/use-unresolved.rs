//@ reference: resolve.use.namespaces
//@ compile-fail: E0432
use std::nothing_here; //~ E0432
fn main() {}
