//@ reference: memory.concurrency.data-race.safe
//@ compile-fail: E0277
// Safe code cannot share a `Cell` between threads: `Cell` is not `Sync`.
use std::cell::Cell;
fn main() {
    let c = Cell::new(0);
    std::thread::scope(|s| {
        s.spawn(|| c.set(1)); //~ E0277
    });
}
