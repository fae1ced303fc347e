//@ reference: infer.opaque.binding
//@ compile-fail: E0562
fn main() {
    let _x: impl std::fmt::Display = 1; //~ E0562
}
