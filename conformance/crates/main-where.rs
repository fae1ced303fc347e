//@ reference: crate.main-fn.signature.where
//@ compile-fail: E0646
fn main() where u8: Copy {} //~ E0646
