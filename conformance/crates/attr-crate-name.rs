//@ reference: crate.crates.attributes.crate_name
//@ compile-fail
//@ error: `--crate-name` and `#[crate_name]` are required to match
// The runner names the crate `conformance` from outside; the attribute names it otherwise.
#![crate_name = "other"]
fn main() {}
