//@ reference: layout.representation.align
//@ compile-fail: E0589
#[repr(align(3))] //~ E0589
struct S(u8);
fn main() {}
