//@ reference: crate.modules.namespace
//@ compile-fail: E0428
mod thing {}
struct thing; //~ E0428
fn main() {}
