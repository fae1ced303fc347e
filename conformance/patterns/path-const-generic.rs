//@ reference: pat.path.const-generic
//@ compile-fail: E0158
trait HasZero {
    const ZERO: u8;
}
fn is_zero<T: HasZero>(x: u8) -> bool {
    match x {
        T::ZERO => true, //~ E0158
        _ => false,
    }
}
fn main() {}
