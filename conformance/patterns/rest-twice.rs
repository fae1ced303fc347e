//@ reference: pat.rest.once
//@ compile-fail
//@ error: `..` can only be used once per tuple pattern
fn main() {
    let (a, .., b, ..) = (1, 2, 3, 4);
}
