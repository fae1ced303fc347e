//@ reference: typeck.expr.unique
//@ reference: typeck.expr.operands
//@ reference: typeck.expr.never
//@ reference: typeck.stmt.let
//@ reference: typeck.stmt.expr
//@ reference: typeck.stmt.body
//@ run-pass
fn classify(n: i32) -> &'static str {
    let s: &str = if n > 0 { "positive" } else { return "non-positive" }; // `return` has type `!`
    s
}
fn unit() {}
fn main() {
    let x: u64 = 5;
    let y = match x { 5 => 1u64, _ => panic!() }; // `panic!()` coerces to `u64`
    if x > 3 {} // a block-like statement of type `()`
    x + y; // any other expression statement may have any type
    let () = unit();
    assert_eq!((classify(2), classify(0), y), ("positive", "non-positive", 1));
}
