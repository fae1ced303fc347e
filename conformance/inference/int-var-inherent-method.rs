//@ reference: infer.order.numeric-receiver
//@ compile-fail: E0689
fn main() {
    let x = 2;
    let _ = x.pow(2); //~ E0689
    let _: u32 = x;
}
