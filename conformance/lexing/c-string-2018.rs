//@ reference: lex.literal.c-string.edition2021
//@ edition: 2018
//@ run-pass
// In 2018, `c"x"` is the identifier `c` followed by a string literal.
macro_rules! two { ($a:ident $b:literal) => { $b } }
fn main() {
    assert_eq!(two!(c"x"), "x");
}
