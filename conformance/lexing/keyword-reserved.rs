//@ reference: lex.keyword.reserved
//@ compile-fail
//@ error: expected identifier, found reserved keyword `become`
fn main() {
    let become = 1;
}
