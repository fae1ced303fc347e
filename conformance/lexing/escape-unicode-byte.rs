//@ reference: lex.literal.escapes.unicode
//@ compile-fail
//@ error: unicode escape in byte string
fn main() {
    let _ = b"\u{41}";
}
