//@ reference: macro.procedural.qualifiers
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: function-like proc macro has incorrect signature
// A procedural macro function must be a plain Rust-ABI function: here it is `async`.
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro]
pub async fn make(input: TokenStream) -> TokenStream {
    input
}
