//@ reference: lex.input.crlf
//@ run-pass
// This file has CRLF line endings; a string literal spanning a line holds a bare line feed.
fn main() {
    let s = "a
b";
    assert_eq!(s.as_bytes(), b"a\nb");
}
