//@ reference: lex.ident.syntax
//@ compile-fail
//@ error: expected identifier, found reserved identifier `_`
// `_` alone is a keyword, not an identifier: it cannot name an item.
fn _() {}
fn main() {}
