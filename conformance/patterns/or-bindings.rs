//@ reference: pat.or.bindings
//@ compile-fail: E0408
fn main() {
    match (1, 2) {
        (a, 0) | (0, _) => {} //~ E0408
        _ => {}
    }
}
