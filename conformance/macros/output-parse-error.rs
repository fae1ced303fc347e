//@ reference: macro.rules.output-error
//@ compile-fail
//@ error: macro expansion ends with an incomplete expression
macro_rules! m {
    () => { 1 + };
}
fn main() {
    let _ = m!();
}
