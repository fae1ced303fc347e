//@ reference: pat.slice.type
//@ compile-fail: E0529
fn main() {
    let [a, b] = 5; //~ E0529
}
