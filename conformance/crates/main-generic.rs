//@ reference: crate.main-fn.signature.generics
//@ compile-fail: E0131
fn main<T>() {} //~ E0131
