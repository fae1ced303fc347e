//@ reference: typeck.coherence.orphan
//@ compile-fail: E0117
impl std::fmt::Display for Vec<u8> { //~ E0117
    fn fmt(&self, _: &mut std::fmt::Formatter) -> std::fmt::Result { Ok(()) }
}
fn main() {}
