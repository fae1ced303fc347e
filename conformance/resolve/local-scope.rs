//@ reference: resolve.scope.local
//@ compile-fail: E0425
fn main() {
    let a = b; //~ E0425
    let b = 1;
}
