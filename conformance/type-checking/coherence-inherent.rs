//@ reference: typeck.coherence.inherent
//@ compile-fail: E0116
impl Vec<u8> {} //~ E0116
fn main() {}
