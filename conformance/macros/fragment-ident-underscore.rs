//@ reference: macro.fragment.ident
//@ compile-fail
//@ error: no rules expected
// `ident` does not match `_`.
macro_rules! name {
    ($i:ident) => {};
}
fn main() {
    name!(_);
}
