//@ reference: memory.concurrency.model
//@ reference: memory.atomic.orderings
//@ reference: memory.atomic.orderings.relaxed
//@ reference: memory.atomic.orderings.release
//@ reference: memory.atomic.orderings.acquire
//@ reference: memory.atomic.orderings.acq-rel
//@ reference: memory.atomic.orderings.seq-cst
//@ run-pass
// A `Release` store read by an `Acquire` load orders the plain write before it with the read after it.
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::thread;
fn main() {
    for _ in 0..100 {
        let data = Arc::new(AtomicU32::new(0));
        let ready = Arc::new(AtomicBool::new(false));
        let (d, r) = (Arc::clone(&data), Arc::clone(&ready));
        let writer = thread::spawn(move || {
            d.store(42, Ordering::Relaxed);
            r.store(true, Ordering::Release);
        });
        while !ready.load(Ordering::Acquire) {
            std::hint::spin_loop();
        }
        assert_eq!(data.load(Ordering::Relaxed), 42);
        writer.join().unwrap();
    }
    let counter = AtomicU32::new(0);
    assert_eq!(counter.fetch_add(1, Ordering::AcqRel), 0);
    assert_eq!(counter.swap(5, Ordering::SeqCst), 1);
}
