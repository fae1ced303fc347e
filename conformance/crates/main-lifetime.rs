//@ reference: crate.main-fn.signature.generics
//@ compile-fail: E0131
fn main<'a>() {} //~ E0131
