//@ reference: infer.fallback.int.bounds
//@ compile-fail: E0277
trait Tr {}
impl Tr for u8 {}
impl Tr for u16 {}
fn f<T: Tr>(t: T) -> T { t }
fn main() {
    f(1); //~ E0277
}
