//@ reference: mir.term.drop.glue.box
//@ run-pass
//@ stdout: inner dropped, frees so far: 0
//@ stdout: frees after the box: 1
// Dropping a `Box<T>` drops the boxed value first, and only then frees its memory.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

struct Counting;
static FREES: AtomicUsize = AtomicUsize::new(0);
static WATCH: AtomicBool = AtomicBool::new(false);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if WATCH.load(Ordering::SeqCst) && layout.size() == size_of::<Inner>() {
            FREES.fetch_add(1, Ordering::SeqCst);
        }
        unsafe { System.dealloc(ptr, layout) }
    }
}
#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Inner([u64; 5]);
impl Drop for Inner {
    fn drop(&mut self) {
        let frees = FREES.load(Ordering::SeqCst);
        WATCH.store(false, Ordering::SeqCst);
        println!("inner dropped, frees so far: {frees}");
        WATCH.store(true, Ordering::SeqCst);
    }
}
fn main() {
    let boxed = Box::new(Inner([0; 5]));
    WATCH.store(true, Ordering::SeqCst);
    drop(boxed);
    WATCH.store(false, Ordering::SeqCst);
    println!("frees after the box: {}", FREES.load(Ordering::SeqCst));
}
