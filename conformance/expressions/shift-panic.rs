//@ reference: expr.op.shift
//@ compile-flags: -C overflow-checks=on
//@ run-fail
fn main() {
    let s: u32 = std::hint::black_box(40);
    let _ = 1u32 << s;
}
