//@ reference: resolve.use.trait-items
//@ compile-fail: E0658
use std::default::Default::default; //~ E0658
fn main() {}
