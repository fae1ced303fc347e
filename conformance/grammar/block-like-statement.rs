//@ reference: grammar.statements.block-like
//@ compile-fail: E0308
// A statement starting with `if … {} else {}` ends there: `- 1` is a separate (unary) expression.
fn f() -> i32 {
    if true { 1 } else { 2 } - 1 //~ E0308
}
fn main() {
    let _ = f();
}
