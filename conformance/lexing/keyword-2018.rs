//@ reference: lex.keyword.strict
//@ edition: 2018
//@ compile-fail
//@ error: expected identifier, found keyword `async`
fn main() {
    let async = 1;
}
