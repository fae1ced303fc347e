//@ reference: const-eval.expr.forbidden
//@ compile-fail: E0015
fn not_const() -> u8 { 1 }
const X: u8 = not_const(); //~ E0015
fn main() {}
