//@ reference: macro.rules.no-match
//@ compile-fail
//@ error: no rules expected
macro_rules! only_ident {
    ($i:ident) => {};
}
fn main() {
    only_ident!(1 + 2);
}
