//@ reference: resolve.namespace.duplicate
//@ compile-fail: E0428
fn f() {}
fn f() {} //~ E0428
fn main() {}
