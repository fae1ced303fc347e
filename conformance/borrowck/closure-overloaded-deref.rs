//@ reference: borrowck.closure.places.overloaded-deref
//@ compile-fail: E0502
// Through `Deref`, the path ends at the smart pointer: `w` is borrowed, so `w.y` cannot be mutated.
use std::ops::{Deref, DerefMut};
struct Pair {
    x: String,
    y: String,
}
struct Wrap(Pair);
impl Deref for Wrap {
    type Target = Pair;
    fn deref(&self) -> &Pair { &self.0 }
}
impl DerefMut for Wrap {
    fn deref_mut(&mut self) -> &mut Pair { &mut self.0 }
}
fn main() {
    let mut w = Wrap(Pair { x: String::new(), y: String::new() });
    let read = || w.x.len();
    w.y.push('x'); //~ E0502
    read();
}
