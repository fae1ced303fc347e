//@ reference: resolve.scope.let-else
//@ compile-fail: E0425
fn main() {
    let Some(x) = Some(1) else {
        let _ = x; //~ E0425
        return;
    };
    let _ = x;
}
