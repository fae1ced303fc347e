//@ reference: memory.atomic.fence
//@ run-fail
use std::sync::atomic::{fence, Ordering};
fn main() {
    fence(std::hint::black_box(Ordering::Relaxed));
}
