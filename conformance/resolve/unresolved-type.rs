//@ reference: resolve.namespace.unresolved-type
//@ compile-fail: E0425
fn main() {
    let _x: Missing = 1; //~ E0425
}
