//@ reference: scope.conformance.limits
//@ run-fail
// Exhausting the stack during execution terminates it abnormally.
fn deep(n: u64, pad: [u8; 4096]) -> u64 {
    let next = std::hint::black_box(pad);
    if n == 0 { 0 } else { deep(n - 1, next) + u64::from(next[0]) }
}
fn main() {
    println!("{}", deep(u64::MAX, [0; 4096]));
}
