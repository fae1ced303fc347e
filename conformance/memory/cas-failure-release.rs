//@ reference: memory.atomic.invalid-ordering
//@ run-fail
use std::sync::atomic::{AtomicU32, Ordering};
fn main() {
    let a = AtomicU32::new(0);
    let failure = std::hint::black_box(Ordering::Release);
    let _ = a.compare_exchange(1, 2, Ordering::SeqCst, failure);
}
