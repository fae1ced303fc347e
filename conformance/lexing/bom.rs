// This file starts with a byte order mark, which is removed before lexing.
//@ reference: lex.input.bom
//@ check-pass
fn main() {}
