//@ reference: unsafeck.trait.intro
//@ reference: unsafeck.operations.unsafe-impl
//@ compile-fail: E0200
unsafe trait Zeroable {}
impl Zeroable for u8 {} //~ E0200
fn main() {}
