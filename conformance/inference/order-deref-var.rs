//@ reference: infer.order.deref-var
//@ compile-fail: E0282
fn main() {
    let b = Box::new(Default::default()); //~ E0282
    b.count_ones();
}
