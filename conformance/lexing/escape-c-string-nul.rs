//@ reference: lex.literal.escapes.backslash-nul
//@ compile-fail
//@ error: null characters in C string literals are not supported
fn main() {
    let _ = c"a\0b";
}
