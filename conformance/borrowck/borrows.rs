//@ reference: borrowck.borrow.intro
//@ reference: borrowck.borrow.mutable-place
//@ reference: borrowck.borrow.mutable-place.mut-binding
//@ reference: borrowck.borrow.mutable-place.deref-mut
//@ reference: borrowck.borrow.mutable-place.box
//@ reference: borrowck.borrow.mutable-place.deref-trait
//@ reference: borrowck.borrow.mutable-place.field
//@ reference: borrowck.borrow.deferred-init
//@ reference: borrowck.borrow.shared-immutable
//@ check-pass
use std::cell::Cell;
struct S { f: [i32; 2] }
fn main() {
    let mut x = 1;
    x += 1;
    let r = &mut x;
    *r += 1;
    let p = &raw mut x;
    unsafe { *p += 1 };
    let mut b = Box::new(5);
    *b += 1;
    let mut v = vec![1];
    v[0] += 1; // through `DerefMut`/`IndexMut` on a mutable place
    let mut s = S { f: [0, 0] };
    s.f[1] = 3;
    let late;
    late = 7; // deferred initialization of a non-`mut` variable
    let c = Cell::new(1);
    let shared = &c;
    shared.set(2); // interior mutability through a shared reference
    assert_eq!((x, *b, v[0], s.f[1], late, c.get()), (4, 6, 2, 3, 7, 2));
}
