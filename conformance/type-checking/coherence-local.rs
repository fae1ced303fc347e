//@ reference: typeck.coherence.orphan
//@ reference: typeck.coherence.local
//@ check-pass
struct Local;
impl From<Local> for Vec<u8> { // a local type as a trait argument
    fn from(_: Local) -> Vec<u8> { Vec::new() }
}
impl std::fmt::Display for Box<Local> { // `Box` is fundamental: `Box<Local>` is local
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { f.write_str("local") }
}
fn main() {}
