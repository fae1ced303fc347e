//@ reference: lex.literal.escapes.table
//@ compile-fail
//@ error: out of range hex escape
fn main() {
    let _ = "\x80";
}
