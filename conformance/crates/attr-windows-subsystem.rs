//@ reference: crate.crates.attributes.windows_subsystem
//@ compile-fail: E0539
#![windows_subsystem = "graphical"] //~ E0539
fn main() {}
