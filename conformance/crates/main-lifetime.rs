//@ reference: crate.main-fn.signature
//@ compile-fail: E0131
fn main<'a>() {} //~ E0131
