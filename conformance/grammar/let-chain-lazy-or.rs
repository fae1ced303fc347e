//@ reference: grammar.expressions.let-chain
//@ compile-fail
//@ error: `||` operators are not supported in let chain conditions
fn main() {
    let a = Some(1);
    if let Some(x) = a && x > 0 || true {}
}
