//@ reference: crate.source.format
//@ compile-fail
//@ error: an inner attribute is not permitted in this context
fn main() {}
#![allow(unused)]
