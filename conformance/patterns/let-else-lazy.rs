//@ reference: pat.let-else.lazy
//@ compile-fail
//@ error: a `&&` expression cannot be directly assigned in `let...else`
fn main() {
    let true = true && false else { return };
}
