//@ reference: crate.main-fn.signature.async
//@ compile-fail: E0752
async fn main() {} //~ E0752
