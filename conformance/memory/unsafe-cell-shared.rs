//@ reference: memory.alias.unsafe-cell
//@ run-pass
// Through `UnsafeCell`, bytes reached by shared references may be mutated.
use std::cell::UnsafeCell;
fn main() {
    let cell = UnsafeCell::new(1);
    let (a, b) = (&cell, &cell);
    unsafe { *a.get() += 1 };
    unsafe { *b.get() += 1 };
    assert_eq!(cell.into_inner(), 3);
}
