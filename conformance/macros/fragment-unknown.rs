//@ reference: macro.fragment.specifiers
//@ compile-fail
//@ error: invalid fragment specifier `expression`
// Only the listed fragment specifiers exist.
macro_rules! m {
    ($e:expression) => {};
}
fn main() {}
