//@ reference: lex.literal.suffix
//@ compile-fail
//@ error: invalid suffix `xyz` for number literal
fn main() {
    let _ = 1xyz;
}
