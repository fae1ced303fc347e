//@ reference: assoc.normalize.intro
//@ reference: assoc.normalize.when
//@ reference: assoc.normalize.rigid
//@ run-pass
trait Container { type Item; fn get(&self) -> Self::Item; }
struct Bag(u8);
impl Container for Bag { type Item = u8; fn get(&self) -> u8 { self.0 } }
fn generic<C: Container>(c: &C) -> C::Item { c.get() } // `C::Item` stays a rigid projection
fn main() {
    let x: <Bag as Container>::Item = 5; // normalized to `u8`
    let y: u8 = generic(&Bag(3));
    assert_eq!(x + y, 8);
}
