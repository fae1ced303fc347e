//@ reference: const-eval.expr.statics
//@ compile-fail: E0080
static mut M: u8 = 0;
const C: u8 = unsafe { M }; //~ E0080
fn main() {}
