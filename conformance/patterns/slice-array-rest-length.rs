//@ reference: pat.slice.array
//@ compile-fail: E0528
fn main() {
    let [a, b, c, ..] = [1, 2]; //~ E0528
}
