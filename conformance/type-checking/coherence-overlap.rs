//@ reference: typeck.coherence.overlap
//@ compile-fail: E0119
trait Tr {}
impl<T: Clone> Tr for T {}
impl Tr for String {} //~ E0119
fn main() {}
