//@ reference: borrowck.closure.places
//@ reference: borrowck.closure.places.packed
//@ check-pass
// The same closure on a struct that is not packed captures `t.1` only.
struct T(String, String);
fn main() {
    let t = T(String::new(), String::new());
    let addr = || &raw const t.1;
    let first = t.0;
    addr();
    drop(first);
}
