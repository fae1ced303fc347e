//@ reference: resolve.prelude.extern.alloc
//@ compile-fail: E0432
use proc_macro::TokenStream; //~ E0432
fn main() {}
