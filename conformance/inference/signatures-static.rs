//@ reference: infer.var.signatures
//@ compile-fail: E0121
static LIMIT: _ = 5; //~ E0121
fn main() {}
