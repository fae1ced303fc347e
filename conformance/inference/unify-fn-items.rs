//@ reference: infer.unify.fn-items
//@ compile-fail: E0308
fn p() {}
fn q() {}
fn main() {
    let mut ptr: fn() = p;
    ptr = q; // a function pointer accepts both
    ptr();
    let mut f = p;
    f = q; //~ E0308
    f();
}
