//@ reference: lex.literal.reserved-prefix.edition2021
//@ edition: 2018
//@ run-pass
// Before 2021, `foo"x"` is an identifier followed by a string literal.
macro_rules! two { ($a:ident $b:literal) => { $b } }
fn main() {
    assert_eq!(two!(foo"x"), "x");
}
