//@ reference: borrowck.closure.places.raw-pointer
//@ compile-fail: E0506
// The path `(*ptr).0` is cut before the raw-pointer dereference: `ptr` itself is borrowed.
fn main() {
    let pair = (1, 2);
    let mut ptr = &raw const pair;
    let read = || unsafe { (*ptr).0 };
    ptr = &raw const pair.1 as *const (i32, i32); //~ E0506
    read();
    let _ = ptr;
}
