//@ reference: resolve.namespace.unresolved-value
//@ compile-fail: E0425
fn main() {
    let _x = missing; //~ E0425
}
