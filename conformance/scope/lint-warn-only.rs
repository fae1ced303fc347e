//@ reference: scope.conformance.lints
//@ check-pass
// An unused variable raises a lint (a warning); the program is still accepted.
fn main() {
    let unused = 1;
}
