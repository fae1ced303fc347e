//@ reference: scope.conformance.lints
//@ compile-fail
//@ error: unused variable: `unused`
// The program itself raises the lint to an error.
#![deny(unused_variables)]
fn main() {
    let unused = 1;
}
