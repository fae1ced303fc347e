//@ reference: layout.representation.packed
//@ compile-fail: E0587
#[repr(align(8), packed)]
struct Both(u8); //~ E0587
fn main() {}
