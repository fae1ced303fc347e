//@ reference: lex.literal.escapes.table
//@ compile-fail
//@ error: unicode escape in byte string
fn main() {
    let _ = b"\u{41}";
}
