//@ reference: layout.representation.transparent
//@ compile-fail: E0690
#[repr(transparent)]
struct Two(u8, u32); //~ E0690
fn main() {}
