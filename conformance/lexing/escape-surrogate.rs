//@ reference: lex.literal.escapes.table
//@ compile-fail
//@ error: invalid unicode character escape
fn main() {
    let _ = '\u{D800}';
}
