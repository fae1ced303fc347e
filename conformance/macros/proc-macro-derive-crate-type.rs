//@ reference: macro.procedural.crate
//@ compile-fail
//@ error: the `#[proc_macro_derive]` attribute is only usable with crates of the `proc-macro` crate type
//@ error: the `#[proc_macro_attribute]` attribute is only usable with crates of the `proc-macro` crate type
// The derive and attribute kinds are defined by their own attributes, also only in `proc-macro` crates.
#[proc_macro_derive(Thing)]
pub fn derive_thing(x: u8) -> u8 { x }
#[proc_macro_attribute]
pub fn attr(x: u8, y: u8) -> u8 { x + y }
fn main() {}
