//@ reference: pat.or.binding-modes
//@ compile-fail: E0409, E0308
fn main() {
    match (1, 2) {
        (ref x, 0) | (x, _) => {} //~ E0409
    }
}
