//@ reference: pat.ident.at-copy
//@ run-pass
fn main() {
    match (1, 2) {
        whole @ (a, b) => assert_eq!(whole, (a, b)),
    }
}
