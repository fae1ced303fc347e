//@ reference: lex.comment.block
//@ compile-fail: E0758
fn main() {}
/* opened /* nested */ but never closed
