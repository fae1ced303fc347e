//@ reference: crate.crates.attributes.no_main
//@ check-pass
#![no_main]
