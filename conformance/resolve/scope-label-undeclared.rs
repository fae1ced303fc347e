//@ reference: resolve.scope.labels
//@ compile-fail: E0426
fn main() {
    loop {
        break 'missing; //~ E0426
    }
}
