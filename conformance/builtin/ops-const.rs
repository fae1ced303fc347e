//@ reference: builtin.ops.primitive
//@ reference: builtin.ops.primitive.arith
//@ reference: builtin.ops.primitive.shift
//@ reference: builtin.ops.primitive.unary
//@ reference: builtin.ops.primitive.bool
//@ reference: builtin.ops.primitive.compare
//@ reference: builtin.ops.primitive.index
//@ reference: builtin.ops.primitive.deref
//@ run-pass
// Built-in operators are evaluated without trait calls, so they work in constants.
const A: i32 = (7 * 3 - 1) / 2 % 7 & 0xF | 8 ^ 1;
const S: u8 = 1u8 << 3u64 >> 1i16;
const N: i32 = -(!0);
const B: bool = true & !false | false ^ true;
const C: bool = 'a' < 'b' && 1.5 > 0.5 && 3u8 == 3;
const I: u8 = [1u8, 2, 3][1];
const D: u8 = *&5;
fn main() {
    assert_eq!((A, S, N, B, C, I, D), (11, 4, 1, true, true, 2, 5));
    let b = Box::new(4);
    assert_eq!(*b, 4);
}
