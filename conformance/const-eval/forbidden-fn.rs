//@ reference: const-eval.fn.body
//@ reference: const-eval.expr.forbidden
//@ compile-fail: E0015, E0493
const fn f() -> usize {
    let v: Vec<u8> = Vec::new();
    v.iter().count() //~ E0015
}
fn main() {}
