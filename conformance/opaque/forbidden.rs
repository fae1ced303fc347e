//@ reference: opaque.allowed.forbidden
//@ compile-fail: E0562
fn main() {
    let x: impl Clone = 5; //~ E0562
}
