//@ reference: expr.place.index
//@ reference: expr.panic
//@ reference: expr.panic.causes
//@ run-fail
fn main() {
    let v = vec![1, 2];
    let i = std::hint::black_box(5);
    let _ = v[i];
}
