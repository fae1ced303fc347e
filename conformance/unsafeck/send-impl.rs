//@ reference: unsafeck.trait.examples
//@ check-pass
struct Handle(*mut u8);
unsafe impl Send for Handle {}
fn main() {}
