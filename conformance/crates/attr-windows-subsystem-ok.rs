//@ reference: crate.crates.attributes.windows_subsystem
//@ check-pass
#![windows_subsystem = "console"]
fn main() {}
