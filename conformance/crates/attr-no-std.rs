//@ reference: crate.crates.attributes
//@ reference: crate.crates.attributes.no_std
//@ compile-fail: E0433
// Under `no_std` the `std` crate is not in the extern prelude.
#![no_std]
#![no_main]
fn f() -> usize { std::mem::size_of::<u8>() } //~ E0433
