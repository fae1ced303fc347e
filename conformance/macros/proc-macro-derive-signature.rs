//@ reference: macro.procedural.kinds.derive
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: derive proc macro has incorrect signature
// The function's signature must be the one of its kind.
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro_derive(Thing)]
pub fn derive_thing(_item: TokenStream, _args: TokenStream) -> TokenStream {
    TokenStream::new()
}
