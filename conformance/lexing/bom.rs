//@ reference: lex.input.bom
//@ check-pass
// This file starts with a byte order mark, which is removed before lexing.
fn main() {}
