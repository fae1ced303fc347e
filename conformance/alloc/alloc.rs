//@ reference: alloc.intro
//@ reference: alloc.crates.layering
//@ reference: alloc.layout.intro
//@ reference: alloc.global.trait
//@ reference: alloc.global.contract
//@ reference: alloc.global.attribute
//@ reference: alloc.global.use
//@ reference: alloc.oom.handle
//@ reference: alloc.box.intro
//@ reference: alloc.box.deref
//@ reference: alloc.box.deref-move
//@ reference: alloc.box.drop
//@ reference: alloc.box.special
//@ reference: alloc.vec.intro
//@ reference: alloc.vec.string
//@ reference: alloc.rc.intro
//@ reference: alloc.rc.arc
//@ run-pass
use std::alloc::{GlobalAlloc, Layout, System};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
struct Counting;
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}
#[global_allocator]
static GLOBAL: Counting = Counting;
struct S(u8);
impl S { fn by_box(self: Box<Self>) -> u8 { self.0 } }
fn main() {
    let layout = Layout::from_size_align(8, 4).unwrap();
    assert!(Layout::from_size_align(8, 3).is_err());
    assert_eq!(Layout::new::<u64>().size(), 8);
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let mut b = Box::new(5);
    *b += 1; // built-in dereference of a box
    let zst = Box::new(()); // no allocation for a zero-sized type
    let after = ALLOCATIONS.load(Ordering::Relaxed);
    assert_eq!(after - before, 1);
    let s = Box::new(String::from("moved"));
    let inner = *s; // move out of the box
    let mut v = Vec::with_capacity(2);
    v.push(1u8);
    assert!(v.len() <= v.capacity());
    let text = String::from("é");
    assert_eq!(text.as_bytes().len(), 2);
    let rc = Rc::new(1);
    let rc2 = Rc::clone(&rc);
    let arc = Arc::new(2);
    let handle = { let a = Arc::clone(&arc); std::thread::spawn(move || *a + 1) };
    let p = unsafe { std::alloc::alloc(layout) };
    assert!(!p.is_null() && p as usize % 4 == 0);
    unsafe { std::alloc::dealloc(p, layout) };
    assert_eq!((*b, inner.as_str(), Rc::strong_count(&rc2), handle.join().unwrap(), Box::new(S(4)).by_box()), (6, "moved", 2, 3, 4));
    let _ = zst;
}
