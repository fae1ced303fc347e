//@ reference: grammar.tree.root
//@ compile-fail
//@ error: expected item, found keyword `let`
let x = 1;
fn main() {}
