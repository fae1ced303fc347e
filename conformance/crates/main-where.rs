//@ reference: crate.main-fn.signature
//@ compile-fail: E0646
fn main() where u8: Copy {} //~ E0646
