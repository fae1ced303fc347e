//@ reference: terms.panic
//@ run-fail
// A failed runtime check, here an out-of-bounds index, panics.
fn main() {
    let v = [1, 2, 3];
    let i = std::hint::black_box(7);
    let _ = v[i];
}
