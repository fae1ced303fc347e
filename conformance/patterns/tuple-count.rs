//@ reference: pat.struct.tuple.count
//@ compile-fail: E0308
fn main() {
    let (a, b) = (1, 2, 3); //~ E0308
}
