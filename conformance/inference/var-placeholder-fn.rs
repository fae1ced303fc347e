//@ reference: infer.var.signatures.placeholder
//@ compile-fail: E0121
fn double(x: u8) -> _ { x * 2 } //~ E0121
fn main() { double(1); }
