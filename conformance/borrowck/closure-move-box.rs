//@ reference: borrowck.closure.move.deref
//@ compile-fail: E0382
// A `move` closure that only reads `(*b).0` still takes the whole `Box`.
fn main() {
    let b = Box::new((1, 2));
    let first = move || b.0;
    let second = b.1; //~ E0382
    first();
    let _ = second;
}
