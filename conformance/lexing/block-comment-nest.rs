//@ reference: lex.comment.block
//@ check-pass
/* outer /* inner */ still a comment */
fn main() {}
