//@ reference: resolve.scope.const-context
//@ compile-fail: E0435
fn main() {
    let n = 3;
    let _a = [0; n]; //~ E0435
}
