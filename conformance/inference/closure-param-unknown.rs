//@ reference: infer.order.closure-params
//@ reference: infer.order.structural
//@ compile-fail: E0282
fn main() {
    let f = |s| s.len(); //~ E0282
    f("abc");
}
