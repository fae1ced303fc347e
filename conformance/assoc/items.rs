//@ reference: assoc.intro
//@ reference: assoc.items.kinds
//@ reference: assoc.items.method
//@ reference: assoc.items.default
//@ reference: assoc.items.const
//@ reference: assoc.path.qualified
//@ reference: assoc.path.trait
//@ reference: assoc.path.type-relative
//@ reference: assoc.path.param-shorthand
//@ reference: assoc.scope
//@ run-pass
trait Shape {
    type Unit;
    const SIDES: u32;
    const DOUBLE: u32 = Self::SIDES * 2; // may depend on `Self`
    fn new() -> Self;
    fn name(&self) -> &'static str { "shape" }
    fn sides(&self) -> u32 { Self::SIDES }
}
struct Tri;
impl Tri {
    fn name(&self) -> &'static str { "inherent" }
}
impl Shape for Tri {
    type Unit = u8;
    const SIDES: u32 = 3;
    fn new() -> Tri { Tri }
}
fn units<S: Shape>() -> Option<S::Unit> { None }
mod hidden {
    pub trait Secret { fn secret(&self) -> u8 { 9 } }
    impl Secret for u8 {}
}
fn main() {
    let t: Tri = Shape::new(); // `<_ as Shape>::new`, the type from the annotation
    let u: Option<<Tri as Shape>::Unit> = units::<Tri>();
    use hidden::Secret as _; // the trait in scope for its methods
    assert_eq!((t.name(), <Tri as Shape>::name(&t), Tri::DOUBLE, t.sides(), u, 1u8.secret()), ("inherent", "shape", 6, 3, None, 9));
}
