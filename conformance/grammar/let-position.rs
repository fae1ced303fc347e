//@ reference: grammar.expressions.let-chain.position
//@ compile-fail
//@ error: expected expression, found `let` statement
fn main() {
    let a = Some(1);
    let _b = let Some(x) = a;
}
