//@ reference: builtin.inherent.intro
//@ compile-fail: E0390
impl u8 {} //~ E0390
fn main() {}
