//@ reference: infer.order.intro
//@ reference: infer.order.structural
//@ compile-fail: E0282
fn main() {
    let mut v = Vec::new(); //~ E0282
    let n = v[0].count_ones(); // the element type is needed here, before the push fixes it
    v.push(1u32);
}
