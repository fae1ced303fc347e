//@ reference: macro.procedural.crate
//@ compile-fail
//@ error: the `#[proc_macro]` attribute is only usable with crates of the `proc-macro` crate type
// A procedural macro can be defined only in a crate of type `proc-macro` (this one is a `bin`).
#[proc_macro]
pub fn make(x: u8) -> u8 { x }
fn main() {}
