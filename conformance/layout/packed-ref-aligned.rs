//@ reference: layout.representation.packed.ref
//@ check-pass
// With `packed(4)`, a `u32` field keeps its alignment of 4, so a reference to it is accepted.
#[repr(C, packed(4))]
struct P {
    a: u8,
    b: u32,
}
fn main() {
    let p = P { a: 1, b: 2 };
    let r: &u32 = &p.b;
    assert_eq!(*r + p.a as u32, 3);
}
