//@ reference: scope.conformance.limits
//@ compile-fail
//@ error: recursion limit reached while expanding
// Exceeding an implementation limit at compile time is diagnosed.
macro_rules! forever { () => { forever!() } }
forever!();
fn main() {}
