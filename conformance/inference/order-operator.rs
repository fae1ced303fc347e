//@ reference: infer.order.operator
//@ compile-fail: E0284
fn make<T>() -> T { unimplemented!() }
fn main() {
    let x = make(); //~ E0284
    let _y = x + 1;
}
