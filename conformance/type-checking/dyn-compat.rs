//@ reference: typeck.dyn-compat.intro
//@ reference: typeck.dyn-compat.dispatchable
//@ reference: typeck.dyn-compat.sized-methods
//@ run-pass
use std::rc::Rc;
trait Shape {
    fn area(&self) -> u32;
    fn grow(&mut self);
    fn consume(self: Box<Self>) -> u32;
    fn shared(self: Rc<Self>) -> u32;
    fn new_default() -> Self where Self: Sized; // excluded from the vtable
    fn generic<T>(&self, _: T) where Self: Sized {}
}
struct Sq(u32);
impl Shape for Sq {
    fn area(&self) -> u32 { self.0 * self.0 }
    fn grow(&mut self) { self.0 += 1 }
    fn consume(self: Box<Self>) -> u32 { self.0 }
    fn shared(self: Rc<Self>) -> u32 { self.0 }
    fn new_default() -> Self { Sq(1) }
}
fn main() {
    let mut b: Box<dyn Shape> = Box::new(Sq(2));
    b.grow();
    let r: Rc<dyn Shape> = Rc::new(Sq::new_default());
    assert_eq!((b.area(), r.shared(), b.consume()), (9, 1, 3));
}
