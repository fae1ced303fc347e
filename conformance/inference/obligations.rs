//@ reference: infer.unify.obligations
//@ run-pass
trait Unit {
    fn make() -> Self;
}
impl Unit for u8 {
    fn make() -> u8 { 7 }
}
fn main() {
    let x = Unit::make(); // one impl: `x` is inferred to be `u8`
    let _: u8 = x;
    let total: u32 = [1, 2, 3].iter().sum(); // `Sum` selects the element type from the expectation
    let it = vec![1i16, 2].into_iter();
    let first = it.map(|n| n * 2).next().unwrap(); // normalizing `Iterator::Item` fixes `n`
    let _: i16 = first;
    assert_eq!((x, total), (7, 6));
}
