//@ reference: crate.main-fn.signature
//@ compile-fail: E0752
async fn main() {} //~ E0752
