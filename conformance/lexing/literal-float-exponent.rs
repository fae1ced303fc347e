//@ reference: lex.literal.float
//@ compile-fail
//@ error: expected at least one digit in exponent
fn main() {
    let _ = 1e+;
}
