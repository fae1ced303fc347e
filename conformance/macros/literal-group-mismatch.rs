//@ reference: macro.rules.literal-tokens
//@ compile-fail
//@ error: no rules expected
// An inner group matches only a group with the same delimiter.
macro_rules! paren_only {
    ((x)) => {};
}
fn main() {
    paren_only!([x]);
}
