//@ reference: pat.slice.array
//@ compile-fail: E0527
fn main() {
    let [a, b] = [1, 2, 3]; //~ E0527
}
