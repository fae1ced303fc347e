//@ reference: const-eval.expr.drop
//@ compile-fail: E0493
const fn f(s: String) -> usize { //~ E0493
    0
}
fn main() {}
