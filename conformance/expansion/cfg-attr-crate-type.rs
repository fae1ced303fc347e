//@ reference: expand.cfg-attr.restriction
//@ compile-fail
//@ error: `crate_type` within an `#![cfg_attr]` attribute is forbidden
#![cfg_attr(all(), crate_type = "lib")]
fn main() {}
