//@ reference: lex.literal.byte
//@ compile-fail
//@ error: non-ASCII character in byte literal
fn main() {
    let _ = b'é';
}
