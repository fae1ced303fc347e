//@ reference: unsafeck.operations.union-read
//@ compile-fail: E0133
union U { a: u8 }
fn main() {
    let u = U { a: 1 };
    let _ = u.a; //~ E0133
}
