//@ reference: resolve.path.concrete-assoc
//@ compile-fail: E0223
fn main() {
    let _x: Vec<u8>::Item = 1; //~ E0223
}
