//@ reference: layout.representation.packed
//@ compile-fail: E0517
#[repr(packed)] //~ E0517
enum E { A }
fn main() {}
