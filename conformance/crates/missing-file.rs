//@ reference: crate.modules.file.ambiguous
//@ compile-fail: E0583
mod nowhere; //~ E0583
fn main() {}
