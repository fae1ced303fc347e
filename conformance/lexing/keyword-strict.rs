//@ reference: lex.keyword.strict
//@ compile-fail
//@ error: expected identifier, found keyword `while`
fn main() {
    let while = 1;
}
