//@ reference: lex.comment.doc
//@ reference: lex.comment.doc.forms
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
