//@ reference: infer.order.intro
//@ run-pass
fn main() {
    let mut v = Vec::new();
    v.push(1u32); // the element type is known before the method call below
    let n = v[0].count_ones();
    assert_eq!(n, 1);
}
