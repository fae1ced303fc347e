//@ reference: scope.behavior.safe
//@ reference: scope.conformance.implementation.execute
//@ run-fail
// Without `unsafe`, an out-of-bounds index is not undefined behavior: it panics.
fn main() {
    let v = vec![1, 2, 3];
    let i = std::hint::black_box(10);
    println!("{}", v[i]);
}
