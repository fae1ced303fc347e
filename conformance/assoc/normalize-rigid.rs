//@ reference: assoc.normalize.rigid
//@ compile-fail: E0308
trait Container { type Item; }
fn f<C: Container>(x: C::Item) -> u8 {
    x //~ E0308
}
fn main() {}
