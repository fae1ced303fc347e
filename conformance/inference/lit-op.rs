//@ reference: infer.lit.suffix
//@ reference: infer.lit.int
//@ reference: infer.lit.float
//@ reference: infer.lit.string
//@ reference: infer.op.arith
//@ reference: infer.op.compare
//@ reference: infer.op.shift
//@ reference: infer.op.overloaded
//@ reference: infer.op.not
//@ reference: infer.op.rhs
//@ reference: infer.op.index
//@ reference: infer.op.range
//@ run-pass
//@ stdout: 1 4 8 8 2 8 0 255 8 3
use std::mem::size_of_val;
use std::ffi::CStr;
fn main() {
    let (a, b, c) = (1u8, 1.5f32, 7);
    let _: (&'static str, &'static [u8; 2], &'static CStr, char, u8, bool) = ("s", b"ab", c"c", 'x', b'y', true);
    let d = 1;
    let e = d + 2u64; // `d` and `e` are `u64`
    let f = 2;
    let _ = f < 3u16; // `f` is `u16`
    let g = 1u8 << 3u32; // operands of a shift are not unified
    let h = !0;
    let _: u8 = h;
    let t = Default::default();
    let s = String::new() + t; // `t: &str`
    let v = vec![10, 20];
    let i = 1;
    let _ = v[i]; // `i: usize`
    let n = 2usize;
    let r = 0..n;
    let _: std::ops::Range<usize> = r;
    let w = std::num::Wrapping(1u8) + std::num::Wrapping(2); // through `Add`
    println!("{} {} {} {} {} {} {} {} {} {}", size_of_val(&a), size_of_val(&b), size_of_val(&c) + size_of_val(&e) - 4, size_of_val(&i), size_of_val(&f), g, s.len(), h, size_of_val(&(2.0)), w.0);
}
