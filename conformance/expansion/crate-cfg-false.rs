//@ reference: expand.cfg-attr.crate
//@ compile-fail: E0601
// A false `cfg` on the crate root removes all its items, `main` included.
#![cfg(any())]
fn main() {}
