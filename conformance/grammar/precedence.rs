//@ reference: grammar.tree.disambiguation
//@ reference: grammar.expressions.operators.syntax
//@ reference: grammar.expressions.syntax
//@ reference: grammar.expressions.precedence
//@ reference: grammar.expressions.precedence.table
//@ run-pass
fn main() {
    assert_eq!(1 + 2 * 3, 7);
    assert_eq!(-2i32.pow(2), -4); // method call binds tighter than unary minus
    assert_eq!(2 - 1 - 1, 0); // left-associative
    assert_eq!(1u8 as u16 + 1, 2);
    assert!(1 < 2 && 2 < 3 || false);
    let mut x = 0;
    x += 2 * 3;
    assert_eq!(x, 6);
}
