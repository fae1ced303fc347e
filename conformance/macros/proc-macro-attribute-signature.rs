//@ reference: macro.procedural.kinds.attribute
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: attribute proc macro has incorrect signature
// The function's signature must be the one of its kind.
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro_attribute]
pub fn attribute(item: TokenStream) -> TokenStream {
    item
}
