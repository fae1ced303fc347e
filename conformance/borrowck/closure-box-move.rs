//@ reference: borrowck.closure.places.box-move
//@ compile-fail: E0382
// Moving `(*b).0` out inside a non-`move` closure captures the whole `Box` by value.
struct Pair(String, String);
fn main() {
    let b = Box::new(Pair(String::new(), String::new()));
    let take = || {
        let s = b.0;
        s.len()
    };
    let other = &b.1; //~ E0382
    take();
    let _ = other;
}
