//@ reference: expr.op.div
//@ run-fail
//@ compile-flags: -C overflow-checks=off
fn main() {
    let x = std::hint::black_box(i32::MIN);
    let _ = x / -1; // panics even without overflow checks
}
