//@ reference: lex.literal.reserved-guard
//@ compile-fail
//@ error: reserved multi-hash token is forbidden
macro_rules! any { ($($t:tt)*) => {} }
any!(##);
fn main() {}
