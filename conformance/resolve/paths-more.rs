//@ reference: resolve.path.self-value
//@ reference: resolve.path.self-type-ctor
//@ reference: resolve.path.type-relative
//@ reference: resolve.path.qualified
//@ reference: resolve.path.turbofish
//@ reference: resolve.path.enum-alias
//@ reference: resolve.path.self-variant
//@ reference: resolve.path.global
//@ check-pass
trait Named { const NAME: u8; fn id() -> u8; }
trait Other { fn id() -> u8; }
struct P(u8);
impl Named for P { const NAME: u8 = 1; fn id() -> u8 { 2 } }
impl Other for P { fn id() -> u8 { 3 } }
impl P {
    fn new() -> Self { Self(1) } // the constructor through `Self`
    fn twice(self) -> Self {
        let Self(v) = self; // `self` is the receiver
        Self(v * 2)
    }
}
struct List { next: Option<Box<Self>> } // `Self` in a definition
enum E { A(u8), B }
impl E {
    fn value(&self) -> u8 { match self { Self::A(v) => *v, Self::B => 0 } }
}
type Alias = E;
fn main() {
    let _ = P::new().twice();
    let _ = <P as Named>::NAME + <P as Other>::id() + <P as Named>::id();
    let _ = <u8>::MAX;
    let _ = u8::MAX;
    let _ = Vec::<u8>::new();
    let _: Vec::<u8> = Vec::new();
    let _: Vec<u8> = Vec::new();
    let _ = Alias::A(1).value();
    let _ = List { next: None };
    ::std::mem::drop(E::B);
}
