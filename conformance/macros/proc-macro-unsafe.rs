//@ reference: macro.procedural.qualifiers
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: function-like proc macro has incorrect signature
// A procedural macro function must be a plain Rust-ABI function: here it is `unsafe`.
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro]
pub unsafe fn make(input: TokenStream) -> TokenStream {
    input
}
