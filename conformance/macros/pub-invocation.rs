//@ reference: macro.invoke.visibility
//@ compile-fail
//@ error: can't qualify macro invocation with `pub`
macro_rules! make {
    () => {};
}
pub make!();
fn main() {}
