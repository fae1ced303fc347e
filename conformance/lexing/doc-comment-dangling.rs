//@ reference: lex.comment.doc.attribute
//@ compile-fail: E0585
fn main() {
    let x = 1;
    /// documents nothing
}
