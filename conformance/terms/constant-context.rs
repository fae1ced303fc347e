//@ reference: terms.constant-context
//@ compile-fail: E0015
// The initializer of a constant item is evaluated at compile time: a non-const call is rejected.
fn runtime() -> u8 { 1 }
const C: u8 = runtime(); //~ E0015
fn main() {}
