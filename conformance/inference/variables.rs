//@ reference: infer.intro
//@ reference: infer.var.intro
//@ reference: infer.var.body
//@ reference: infer.var.placeholder
//@ reference: infer.unify.intro
//@ reference: infer.unify.resolve
//@ run-pass
fn main() {
    let mut v = Vec::new(); // element type unknown here
    v.push(1u8); // resolved by unification with `u8`
    let w: Vec<_> = (0..3).collect();
    let arr: [u16; _] = [1, 2, 3];
    let parsed = "5".parse::<i64>().unwrap();
    let pair = (v[0], w.len(), arr.len(), parsed);
    let _: (u8, usize, usize, i64) = pair;
    let square = |x| x * x; // parameter type from the call below
    assert_eq!(square(3u32), 9);
}
