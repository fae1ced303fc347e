//@ reference: lex.comment.doc
//@ reference: lex.comment.doc.forms.outer-line
//@ reference: lex.comment.doc.forms.inner-line
//@ reference: lex.comment.doc.forms.outer-block
//@ reference: lex.comment.doc.forms.inner-block
//@ check-pass
//! Inner line doc comment: documents the crate.
/*! Inner block doc comment. */
//// Four slashes: an ordinary comment, not a doc comment.
/// Outer line doc comment.
/** Outer block doc comment. */
fn main() {
    /**/ // the empty block comment is not a doc comment
    /*** three stars: not a doc comment */
}
