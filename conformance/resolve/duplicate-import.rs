//@ reference: resolve.namespace.duplicate
//@ compile-fail: E0255
use std::mem::drop as f;
fn f() {} //~ E0255
fn main() {}
