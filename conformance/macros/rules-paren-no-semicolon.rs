//@ reference: macro.rules.definition
//@ compile-fail
//@ error: macros that expand to items must be delimited with braces or followed by a semicolon
macro_rules! m (
    () => { 1 }
)
fn main() {}
