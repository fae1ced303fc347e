//@ reference: layout.representation.primitive
//@ compile-fail: E0084
#[repr(u8)] //~ E0084
enum Empty {}
fn main() {}
