//@ reference: expr.op.overflow
//@ reference: expr.op.shift
//@ compile-flags: -C overflow-checks=off
//@ run-pass
fn main() {
    let x: u8 = std::hint::black_box(255);
    let s: u32 = std::hint::black_box(33);
    assert_eq!((x + 1, 1u32 << s), (0, 2)); // wraps; the shift amount is masked to 5 bits
}
