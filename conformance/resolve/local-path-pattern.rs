//@ reference: resolve.scope.local.path-pattern
//@ run-pass
// `ZERO` and `Unit` name a constant and a unit struct, so these patterns compare, not bind.
const ZERO: i32 = 0;
#[derive(PartialEq, Eq)]
struct Unit;
fn is_zero(x: i32) -> bool {
    match x { ZERO => true, _ => false }
}
fn main() {
    let Unit = Unit;
    assert!(is_zero(0) && !is_zero(5));
}
