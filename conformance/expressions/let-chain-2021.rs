//@ reference: expr.if-expr.let.edition2024
//@ edition: 2021
//@ compile-fail
//@ error: let chains are only allowed in Rust 2024 or later
fn main() {
    let x = Some(1);
    if let Some(a) = x && a > 0 {}
}
