//@ reference: expr.op.div
//@ reference: expr.op.shift
//@ reference: expr.op.float
//@ reference: expr.op.cast
//@ reference: expr.op.overload
//@ reference: expr.op.lazy
//@ run-pass
use std::ops::Add;
#[derive(Debug, PartialEq, Clone, Copy)]
struct V(i32);
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V { V(self.0 + o.0) }
}
fn main() {
    assert_eq!((-7 / 2, -7 % 2), (-3, -1)); // division truncates toward zero
    assert_eq!(1u64 << 3u8, 8);
    assert!((1.0f64 / 0.0).is_infinite() && (0.0f64 / 0.0).is_nan());
    assert_eq!((300i32 as u8, -1i8 as u32, 2.9f64 as i32, -1.5f64 as u8, 1e20f64 as i32, f64::NAN as i32), (44, u32::MAX, 2, 0, i32::MAX, 0));
    assert_eq!(V(1) + V(2), V(3));
    let mut evaluated = false;
    let r = false && { evaluated = true; true };
    let s = true || { evaluated = true; false };
    assert!(!r && s && !evaluated);
}
