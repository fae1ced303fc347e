//@ reference: macro.procedural.public-root
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: functions tagged with `#[proc_macro]` must be `pub`
extern crate proc_macro;
use proc_macro::TokenStream;
#[proc_macro]
fn make(input: TokenStream) -> TokenStream {
    input
}
