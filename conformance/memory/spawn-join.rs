//@ reference: memory.concurrency.happens-before
//@ run-pass
// Spawning synchronizes with the new thread's start, and its end with the `join`: plain (non-atomic)
// accesses on either side are ordered without any atomics.
fn main() {
    let mut data = vec![1, 2, 3];
    std::thread::scope(|s| {
        let h = s.spawn(|| {
            data.push(4); // sees the vector written before the spawn
        });
        h.join().unwrap();
    });
    assert_eq!(data, [1, 2, 3, 4]); // sees the push made by the joined thread
}
