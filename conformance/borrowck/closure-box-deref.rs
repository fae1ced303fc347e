//@ reference: borrowck.closure.places.overloaded-deref
//@ check-pass
// Through a `Box`, the path continues: only `(*b).0` is borrowed, and `(*b).1` may be mutated.
struct Pair(String, String);
fn main() {
    let mut b = Box::new(Pair(String::new(), String::new()));
    let read = || b.0.len();
    b.1.push('x');
    read();
}
