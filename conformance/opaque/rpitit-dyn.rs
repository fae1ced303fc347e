//@ reference: opaque.rpitit.dyn
//@ compile-fail: E0038
trait Source {
    fn items(&self) -> impl Iterator<Item = u8>;
}
fn f(_: &dyn Source) {} //~ E0038
fn main() {}
