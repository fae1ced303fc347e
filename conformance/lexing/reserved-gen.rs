//@ reference: lex.keyword.reserved.edition2024
//@ compile-fail
//@ error: expected identifier, found reserved keyword `gen`
fn main() {
    let gen = 1;
}
