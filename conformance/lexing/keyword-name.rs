//@ reference: lex.ident.keyword
//@ reference: lex.keyword.restriction
//@ compile-fail
//@ error: expected identifier, found keyword `match`
fn main() {
    let match = 1;
}
