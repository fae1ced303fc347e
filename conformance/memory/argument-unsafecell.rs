//@ reference: memory.alias.liveness.argument
//@ reference: memory.alias.shared
//@ run-pass
use std::cell::Cell;
// Bytes inside an `UnsafeCell` (here through `Cell`) may be mutated while a shared reference to them is live.
fn bump(a: &Cell<i32>, b: &Cell<i32>) {
    a.set(a.get() + 1);
    b.set(b.get() + 1);
}
fn main() {
    let c = Cell::new(0);
    bump(&c, &c);
    assert_eq!(c.get(), 2);
}
