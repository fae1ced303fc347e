#![allow(unused)]
//@ reference: lex.input.shebang
//@ check-pass
// `#!` followed by `[` begins an inner attribute: nothing is removed.
fn main() { let x = 1; }
