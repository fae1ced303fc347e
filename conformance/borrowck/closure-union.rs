//@ reference: borrowck.closure.places.union
//@ compile-fail: E0506
// Reading `u.a.0` captures the union `u`: assigning its other field conflicts.
union U {
    a: (u32, u32),
    b: u64,
}
fn main() {
    let mut u = U { a: (1, 2) };
    let read = || unsafe { u.a.0 };
    u.b = 5; //~ E0506
    read();
}
