//@ reference: resolve.namespace.duplicate.import-item
//@ compile-fail: E0255
mod m { pub fn f() {} }
use m::f;
fn f() {} //~ E0255
fn main() {}
