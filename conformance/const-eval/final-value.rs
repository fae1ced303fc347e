//@ reference: const-eval.expr.final-value
//@ compile-fail: E0764
const M: &mut i32 = &mut 5; //~ E0764
fn main() {}
