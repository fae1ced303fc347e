//@ reference: scope.conformance.implementation.reject
//@ compile-fail: E0308
// A rule violation that the specification states to be an error is diagnosed.
fn main() {
    let x: u8 = "text"; //~ E0308
}
