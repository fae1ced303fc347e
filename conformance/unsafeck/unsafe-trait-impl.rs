//@ reference: unsafeck.trait.intro
//@ compile-fail: E0200
unsafe trait Zeroable {}
impl Zeroable for u8 {} //~ E0200
fn main() {}
