//@ reference: builtin.ops.primitive.traits
//@ reference: builtin.ops.primitive.other
//@ run-pass
use std::ops::{Add, Neg, Shl};
fn sum<T: Add<Output = T>>(a: T, b: T) -> T {
    a + b
}
fn neg<T: Neg<Output = T>>(a: T) -> T {
    -a
}
fn shl<T: Shl<u32, Output = T>>(a: T) -> T {
    a << 2
}
fn main() {
    assert_eq!(sum(2u8, 3), 5);
    assert_eq!(sum(0.5f32, 0.25), 0.75);
    assert_eq!(neg(4i64), -4);
    assert_eq!(shl(1u16), 4);
    assert!("abc" < "abd" && [1, 2] == [1, 2] && (1, 'a') < (1, 'b') && &3 == &3);
}
