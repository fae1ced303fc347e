//@ reference: resolve.scope.local.forbidden
//@ compile-fail: E0158
fn f<const N: usize>() {
    let N = 1; //~ E0158
}
fn main() {}
