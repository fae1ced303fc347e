//@ reference: memory.atomic.invalid-ordering
//@ run-fail
use std::sync::atomic::{AtomicU32, Ordering};
fn main() {
    let a = AtomicU32::new(0);
    let order = std::hint::black_box(Ordering::Release);
    a.load(order);
}
