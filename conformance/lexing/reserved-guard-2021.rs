//@ reference: lex.literal.reserved-guard.edition2024
//@ edition: 2021
//@ check-pass
macro_rules! any { ($($t:tt)*) => {} }
any!(## #"x");
fn main() {}
