//@ reference: infer.closure.unresolved
//@ compile-fail: E0282
fn main() {
    let _f = |x| (); //~ E0282
}
