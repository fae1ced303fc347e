//@ reference: memory.concurrency.data-race
//@ compile-fail: E0133
// Unsynchronised writes to shared memory need an unsafe operation: the race itself is undefined behaviour
// that rustc does not detect, but it cannot be written without `unsafe`.
static mut COUNTER: u32 = 0;
fn main() {
    let t = std::thread::spawn(|| {
        COUNTER += 1; //~ E0133
    });
    t.join().unwrap();
}
