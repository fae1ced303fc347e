//@ reference: infer.unify.fn-items
//@ compile-fail: E0308
fn main() {
    let mut c = || 1;
    c = || 1; //~ E0308
    c();
}
