//@ reference: grammar.statements.let-else
//@ compile-fail
//@ error: a `||` expression cannot be directly assigned in `let...else`
fn main() {
    let (a, b) = (true, false);
    let true = a || b else { return };
}
