//@ reference: resolve.scope.if-let
//@ compile-fail: E0425
fn main() {
    if let Some(x) = Some(1) {
        let _ = x;
    } else {
        let _ = x; //~ E0425
    }
}
