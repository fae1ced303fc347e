//@ reference: crate.types.selection
//@ reference: crate.crates.attributes.crate_type
//@ compile-fail: E0601
// The runner supplies `--crate-type bin` from outside, so the attribute is ignored and `main` is missing.
#![crate_type = "lib"]
pub fn f() {}
