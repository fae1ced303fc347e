//@ reference: macro.procedural.same-crate
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: can't use a procedural macro from the same crate that defines it
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro_attribute]
pub fn mark(_args: TokenStream, item: TokenStream) -> TokenStream {
    item
}
#[mark]
fn marked() {}
