//@ reference: macro.procedural.kinds
//@ reference: macro.procedural.kinds.function-like
//@ reference: macro.procedural.kinds.derive
//@ reference: macro.procedural.kinds.attribute
//@ compile-flags: --crate-type proc-macro
//@ check-pass
// A `proc-macro` crate defining one macro of each kind, each with the signature of its kind.
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro]
pub fn function_like(input: TokenStream) -> TokenStream {
    input
}
#[proc_macro_derive(Thing, attributes(thing))]
pub fn derive_thing(_item: TokenStream) -> TokenStream {
    TokenStream::new()
}
#[proc_macro_attribute]
pub fn attribute(_args: TokenStream, item: TokenStream) -> TokenStream {
    item
}
