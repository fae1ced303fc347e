//@ reference: lex.comment.line
//@ reference: lex.comment.whitespace
//@ run-pass
fn main() {
    let x = 1 // a line comment ends at the line feed
        + 2;
    let y = 3/* a block comment separates tokens like whitespace */+4;
    assert_eq!((x, y), (3, 7));
}
