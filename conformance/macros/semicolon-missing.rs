//@ reference: macro.invoke.semicolon
//@ compile-fail
//@ error: macros that expand to items must be delimited with braces or followed by a semicolon
macro_rules! item { () => { struct A; } }
item!()
fn main() {}
