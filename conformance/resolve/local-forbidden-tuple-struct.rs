//@ reference: resolve.scope.local.forbidden
//@ compile-fail: E0530
struct Wrap(i32);
fn main() {
    let Wrap = 3; //~ E0530
}
