//@ reference: expr.if-expr.let.chain.or
//@ compile-fail
//@ error: `||` operators are not supported in let chain conditions
fn main() {
    let x = Some(1);
    if let Some(_) = x || true {}
}
