//@ reference: lex.comment.doc.cr
//@ compile-fail
//@ error: bare CR not allowed in doc-comment
/// A doc comment with a bare carriage return: ab
fn main() {}
