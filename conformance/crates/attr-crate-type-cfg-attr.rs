//@ reference: crate.types.selection
//@ compile-fail
//@ error: `crate_type` within
#![cfg_attr(all(), crate_type = "bin")]
fn main() {}
