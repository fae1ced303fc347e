//@ reference: expand.cfg-attr.restriction
//@ compile-fail
//@ error: `crate_name` within an `#![cfg_attr]` attribute is forbidden
#![cfg_attr(all(), crate_name = "other")]
fn main() {}
