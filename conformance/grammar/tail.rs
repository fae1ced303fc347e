//@ reference: grammar.statements.syntax
//@ reference: grammar.statements.tail
//@ run-pass
fn main() {
    let a = { 1; 2 };
    let b = { if true { 3 } else { 4 } };
    assert_eq!((a, b), (2, 3));
}
