//@ reference: layout.representation.packed.raw
//@ run-pass
#[repr(C, packed)]
struct P {
    a: u8,
    b: u32,
}
fn main() {
    let mut p = P { a: 1, b: 2 };
    let raw = &raw mut p.b;
    unsafe { raw.write_unaligned(7) };
    let b = p.b; // a copy by value
    assert_eq!(b, 7);
    assert_eq!(unsafe { (&raw const p.b).read_unaligned() }, 7);
    assert_eq!(p.a, 1);
}
