//@ reference: macro.rules.no-lookahead
//@ compile-fail
//@ error: local ambiguity
macro_rules! ambiguous {
    ($($a:ident)* $b:ident) => {};
}
fn main() {
    ambiguous!(x y);
}
