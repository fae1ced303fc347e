//@ reference: memory.atomic.invalid-ordering
//@ compile-fail
//@ error: atomic loads cannot have `Release` or `AcqRel` ordering
// When the ordering is written literally, rustc's deny-by-default lint `invalid_atomic_ordering`
// rejects the call before it could panic.
use std::sync::atomic::{AtomicU32, Ordering};
fn main() {
    let a = AtomicU32::new(0);
    a.load(Ordering::Release);
}
