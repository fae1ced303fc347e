//@ reference: grammar.expressions.let-chain.edition2024
//@ edition: 2021
//@ compile-fail
//@ error: let chains are only allowed in Rust 2024 or later
fn main() {
    let a = Some(1);
    if let Some(x) = a && x > 0 {}
}
