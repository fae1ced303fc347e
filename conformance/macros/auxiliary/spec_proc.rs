//@ compile-flags: --crate-type proc-macro
// Procedural macros used by the tests of macro.procedural.* (built first by `//@ aux-build:`).
extern crate proc_macro;
use proc_macro::{Span, TokenStream, TokenTree};

/// Expands to a string literal holding the tokens it was given.
#[proc_macro]
pub fn quote_input(input: TokenStream) -> TokenStream {
    format!("{:?}", input.to_string()).parse().unwrap()
}

/// Expands to the item `fn generated() -> u8 { 7 }`.
#[proc_macro]
pub fn make_fn(_input: TokenStream) -> TokenStream {
    "fn generated() -> u8 { 7 }".parse().unwrap()
}

/// Panics while expanding.
#[proc_macro]
pub fn boom(_input: TokenStream) -> TokenStream {
    panic!("boom")
}

/// Reports an error with `compile_error!`.
#[proc_macro]
pub fn refuse(_input: TokenStream) -> TokenStream {
    r#"compile_error!("refused by the macro")"#.parse().unwrap()
}

/// `let visible = 1;`, its tokens with the call-site span.
#[proc_macro]
pub fn let_call_site(_input: TokenStream) -> TokenStream {
    "let visible = 1;".parse().unwrap()
}

/// `let hidden = 1;`, its tokens with the mixed-site span.
#[proc_macro]
pub fn let_mixed_site(_input: TokenStream) -> TokenStream {
    let tokens: TokenStream = "let hidden = 1;".parse().unwrap();
    tokens
        .into_iter()
        .map(|mut token| {
            token.set_span(Span::mixed_site());
            token
        })
        .collect()
}

/// Adds `impl Name { fn describe() -> &'static str }` after the item, returning the tokens it received.
#[proc_macro_derive(Describe, attributes(describe))]
pub fn derive_describe(item: TokenStream) -> TokenStream {
    let text = item.to_string();
    let mut tokens = item.into_iter();
    let mut name = None;
    while let Some(token) = tokens.next() {
        if let TokenTree::Ident(ident) = &token {
            let word = ident.to_string();
            if word == "struct" || word == "enum" || word == "union" {
                name = tokens.next().map(|next| next.to_string());
                break;
            }
        }
    }
    let name = name.expect("a struct, enum or union");
    format!("impl {name} {{ fn describe() -> &'static str {{ {text:?} }} }}").parse().unwrap()
}

/// Replaces the item with `fn NAME() -> &'static str`, returning the item's tokens, where NAME is the
/// attribute's argument (`replaced` when there is none).
#[proc_macro_attribute]
pub fn replace_with(args: TokenStream, item: TokenStream) -> TokenStream {
    let name = if args.is_empty() { "replaced".to_string() } else { args.to_string() };
    format!("fn {name}() -> &'static str {{ {:?} }}", item.to_string()).parse().unwrap()
}
