//@ reference: macro.invoke.semicolon
//@ compile-fail
//@ error: macros that expand to items must be delimited with braces or followed by a semicolon
macro_rules! make {
    () => { fn made() {} };
}
make!()
fn main() {}
