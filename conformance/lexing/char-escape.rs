//@ reference: lex.literal.char
//@ compile-fail
//@ error: character constant must be escaped
fn main() {
    let _ = ''';
}
