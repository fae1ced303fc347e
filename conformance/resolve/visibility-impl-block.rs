//@ reference: resolve.visibility.impl-block
//@ compile-fail: E0449
struct S;
pub impl S {} //~ E0449
fn main() {}
