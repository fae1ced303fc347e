//@ reference: grammar.statements.let-else
//@ compile-fail
//@ error: right curly brace `}` before `else` in a `let...else` statement not allowed
fn main() {
    let Some(x) = match 1 { _ => Some(1) } else { return };
    let _ = x;
}
