//@ reference: lex.comment.doc.forms.outer-line
//@ compile-fail: E0585
// `///` is an outer doc comment; with nothing after it to document, it is rejected.
fn main() {
    let _x = 1;
    /// dangling
} //~^ E0585
