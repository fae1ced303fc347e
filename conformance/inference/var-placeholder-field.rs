//@ reference: infer.var.signatures.fields
//@ compile-fail: E0121
struct S { field: _ } //~ E0121
fn main() {}
