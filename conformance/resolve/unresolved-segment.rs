//@ reference: resolve.namespace.unresolved-segment
//@ compile-fail: E0433
fn main() {
    missing::f(); //~ E0433
}
