//@ reference: pat.or.binding-types
//@ compile-fail: E0308
fn main() {
    match (1u8, 'c') {
        (x, 'a') | (_, x) => {} //~ E0308
    }
}
