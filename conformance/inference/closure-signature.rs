//@ reference: infer.closure.signature
//@ reference: infer.closure.traits
//@ reference: infer.order.closure-params
//@ run-pass
fn apply<F: Fn(&str) -> usize>(f: F) -> usize {
    f("four")
}
fn main() {
    let n = apply(|s| s.len()); // `s: &str` deduced from the bound before the body is checked
    let pointer: fn(u8) -> u8 = |x| x.wrapping_add(1);
    let mut count = 0;
    let mut inc = || count += 1; // `FnMut`: it mutates a capture
    inc();
    assert_eq!((n, pointer(255), count), (4, 0, 1));
}
