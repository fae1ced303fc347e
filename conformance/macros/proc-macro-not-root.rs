//@ reference: macro.procedural.public-root
//@ compile-flags: --crate-type proc-macro
//@ compile-fail
//@ error: must currently reside in the root of the crate
extern crate proc_macro;
mod inner {
    use proc_macro::TokenStream;
    #[proc_macro]
    pub fn make(input: TokenStream) -> TokenStream {
        input
    }
}
