//@ reference: abi.crate-type
//@ compile-fail
//@ error: invalid `crate_type` value
#![crate_type = "shared-object"]
fn main() {}
