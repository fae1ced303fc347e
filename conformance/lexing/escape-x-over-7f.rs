//@ reference: lex.literal.escapes.hex
//@ compile-fail
//@ error: out of range hex escape
fn main() {
    let _ = "\x80";
}
