//@ reference: layout.representation.packed.ref
//@ compile-fail: E0793
#[repr(C, packed(4))]
struct P {
    a: u8,
    b: u64,
}
fn main() {
    let p = P { a: 1, b: 2 };
    let r = &p.b; //~ E0793
    let _ = (r, p.a);
}
