//@ reference: resolve.scope.let-chain
//@ compile-fail: E0425
fn main() {
    let o = Some(1);
    if let Some(x) = o && x > 0 {
    } else {
        let _ = x; //~ E0425
    }
}
