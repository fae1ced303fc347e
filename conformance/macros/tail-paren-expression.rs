//@ reference: macro.invoke.positions.tail
//@ compile-fail
//@ error: expected expression, found `let` statement
// Delimited by parentheses and not followed by `;`, an invocation at the end of a block is an expression.
macro_rules! stmts_then_value { () => { let a = 2; a * 3 } }
fn six() -> i32 { stmts_then_value!() }
fn main() { let _ = six(); }
