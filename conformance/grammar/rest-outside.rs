//@ reference: grammar.patterns.rest-tuple
//@ compile-fail
//@ error: `..` patterns are not allowed here
fn main() {
    let x @ .. = 1;
}
