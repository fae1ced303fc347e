//@ reference: infer.expect.intro
//@ reference: infer.expect.let
//@ reference: infer.expect.let.none
//@ reference: infer.expect.args
//@ reference: infer.expect.args.order
//@ reference: infer.expect.call-result
//@ reference: infer.expect.fields
//@ reference: infer.expect.return
//@ reference: infer.expect.block
//@ reference: infer.expect.branches
//@ reference: infer.expect.array
//@ reference: infer.expect.tuple
//@ reference: infer.expect.break
//@ reference: infer.expect.assign
//@ reference: infer.expect.never
//@ reference: infer.expect.struct-base
//@ reference: infer.expect.const
//@ reference: infer.expect.cast.binding
//@ check-pass
use std::fmt::Debug;
const C: &[u8] = &[1, 2];
static S: &[u8] = &[1];
fn slice(_: &[u8]) {}
fn both<T>(_: T, _: T) {}
struct Holder<'a> { s: &'a [u8] }
#[derive(Default)]
struct Conf { a: u8, b: u16 }
fn boxed() -> Box<dyn Debug> { Box::new(1) } // the result of `Box::new` is coerced
fn early(c: bool) -> &'static [u8] {
    if c { return &[1]; }
    &[1, 2]
}
fn main() {
    let c = true;
    let a = &[1, 2];
    let _: &[i32; 2] = a; // no expected type: `a` keeps the array type
    let _: &[u8] = &[1, 2];
    slice(&[1, 2]);
    both(1u8, 2); // the second argument is expected to be `u8`
    let _b: Box<[u8]> = Box::new([1, 2]);
    let _ = Holder { s: &[1, 2, 3] };
    let _: &[u8] = { &[1, 2] };
    let _: Box<dyn Debug> = if c { Box::new(1) } else { Box::new("a") };
    let _: Box<dyn Debug> = match c { true => Box::new(1), false => Box::new("a") };
    let _: [&dyn Debug; 2] = [&1, &"x"];
    let _: (&[i32], u8) = (&[1, 2], 3);
    let _: &[u8] = loop { break &[1, 2]; };
    let mut s: &[u8] = &[];
    s = &[1, 2, 3];
    let n: u8 = if c { 3 } else { panic!() };
    let conf = Conf { a: 1, ..Default::default() };
    let x = 300;
    let y = x as u8; // `x` is an `i32`: the cast does not resolve it
    let _: i32 = x;
    let _ = (boxed(), early(c), s, n, conf.b, y, C, S);
}
