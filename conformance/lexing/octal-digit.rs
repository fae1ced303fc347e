//@ reference: lex.literal.integer.invalid
//@ compile-fail
//@ error: invalid digit for a base 8 literal
fn main() {
    let _ = 0o18;
}
