//@ reference: resolve.path.qualifiers.self-type-trait
//@ reference: resolve.path.qualifiers.self-type-impl
//@ run-pass
trait Make { fn make() -> Self; }
struct List { next: Option<Box<Self>> } // `Self` in a struct definition
impl Make for List {
    fn make() -> Self { List { next: None } }
}
trait Twice: Sized + Clone { fn twice(&self) -> (Self, Self) { (self.clone(), self.clone()) } }
impl Twice for u8 {}
fn main() {
    assert!(List::make().next.is_none());
    assert_eq!(3u8.twice(), (3, 3));
}
