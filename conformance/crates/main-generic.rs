//@ reference: crate.main-fn.signature
//@ compile-fail: E0131
fn main<T>() {} //~ E0131
