//@ reference: expr.op.overflow
//@ reference: expr.panic.causes
//@ compile-flags: -C overflow-checks=on
//@ run-fail
fn main() {
    let x: u8 = std::hint::black_box(255);
    let _ = x + 1;
}
