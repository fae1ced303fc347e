//@ reference: expr.op.div
//@ run-fail
fn main() {
    let z = std::hint::black_box(0);
    let _ = 1 % z;
}
