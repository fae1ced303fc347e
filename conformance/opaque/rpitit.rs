//@ reference: opaque.rpitit.intro
//@ reference: opaque.rpitit.capture
//@ reference: opaque.rpitit.impl
//@ run-pass
trait Source {
    fn items(&self) -> impl Iterator<Item = u8>;
    async fn fetch(&self) -> u8;
}
struct Fixed;
impl Source for Fixed {
    fn items(&self) -> std::vec::IntoIter<u8> { vec![1, 2].into_iter() } // a concrete type is allowed
    async fn fetch(&self) -> u8 { 3 }
}
fn main() {
    assert_eq!(Fixed.items().sum::<u8>(), 3);
    let _ = Fixed.fetch();
}
