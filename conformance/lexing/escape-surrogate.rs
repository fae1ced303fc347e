//@ reference: lex.literal.escapes.unicode
//@ compile-fail
//@ error: invalid unicode character escape
fn main() {
    let _ = '\u{D800}';
}
