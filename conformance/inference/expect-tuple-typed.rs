//@ reference: infer.expect.tuple
//@ compile-fail: E0308
fn main() {
    let t = (&[1, 2], 3u8);
    let _u: (&[i32], u8) = t; //~ E0308
}
