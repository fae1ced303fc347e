//@ reference: lex.comment.doc.attribute
//@ check-pass
// A doc comment is the attribute `#[doc = "..."]`: both may be written where an attribute may.
/// Written as a comment.
#[doc = " Written as an attribute."]
fn documented() {}
fn main() {
    documented();
}
