//@ reference: lex.input.bom
// This file starts with a byte order mark, before its header: rustc removes the mark before lexing, and `trace` reads the header line after it.
//@ check-pass
fn main() {}
