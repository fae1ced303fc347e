//@ reference: grammar.macros.metavariable-name
//@ compile-fail
//@ error: no rules expected `a`
// `$crate:ident` declares no metavariable: the rule does not match an identifier.
macro_rules! m { ($crate:ident) => {} }
m!(a);
fn main() {}
