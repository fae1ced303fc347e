//@ reference: borrowck.closure.places.packed
//@ compile-fail: E0505
// Taking the address of `t.1` in the closure captures all of the packed `t`, so `t.0` cannot be moved.
#[repr(packed)]
struct T(String, String);
fn main() {
    let t = T(String::new(), String::new());
    let addr = || &raw const t.1;
    let first = t.0; //~ E0505
    addr();
    drop(first);
}
