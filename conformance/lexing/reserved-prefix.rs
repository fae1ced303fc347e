//@ reference: lex.literal.reserved-prefix
//@ compile-fail
//@ error: prefix `foo` is unknown
fn main() {
    let _ = foo"text";
}
