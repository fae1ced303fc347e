//@ reference: resolve.scope.pattern-const
//@ compile-fail: E0005
const K: u8 = 1;
fn main() {
    let K = 1u8; //~ E0005
}
