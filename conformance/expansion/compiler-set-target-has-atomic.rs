//@ reference: expand.cfg.compiler-set.target_has_atomic
//@ check-pass
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
// Where the option is set for a width, compare-and-swap of that width is available.
#[cfg(target_has_atomic = "ptr")]
fn cas_ptr(a: &AtomicUsize) -> bool {
    a.compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst).is_ok()
}
#[cfg(target_has_atomic = "32")]
fn cas_32(a: &AtomicU32) -> bool {
    a.compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst).is_ok()
}
fn main() {
    #[cfg(target_has_atomic = "ptr")]
    let _ = cas_ptr(&AtomicUsize::new(0));
    #[cfg(target_has_atomic = "32")]
    let _ = cas_32(&AtomicU32::new(0));
}
