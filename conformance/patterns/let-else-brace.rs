//@ reference: pat.let-else.brace
//@ compile-fail
//@ error: right curly brace `}` before `else` in a `let...else` statement not allowed
fn main() {
    let Some(x) = if true { Some(1) } else { None } else { return };
}
