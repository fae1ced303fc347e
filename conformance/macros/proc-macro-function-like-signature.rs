//@ reference: macro.procedural.kinds.function-like
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: function-like proc macro has incorrect signature
// The function's signature must be the one of its kind.
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro]
pub fn make(input: TokenStream, extra: TokenStream) -> TokenStream {
    input
}
