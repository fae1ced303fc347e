//@ reference: layout.representation.packed.ref
//@ compile-fail: E0793
#[repr(C, packed)]
struct P {
    a: u8,
    b: u32,
}
fn main() {
    let p = P { a: 1, b: 2 };
    let r: &u32 = &p.b; //~ E0793
    let _ = (r, p.a);
}
