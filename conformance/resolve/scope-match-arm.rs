//@ reference: resolve.scope.match-arm
//@ compile-fail: E0425
fn main() {
    match Some(1) {
        Some(x) if x > 0 => {}
        _ => { let _ = x; } //~ E0425
    }
}
