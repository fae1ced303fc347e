//@ reference: infer.generic.defaults
//@ compile-fail: E0282
struct W<T = u8>(Option<T>);
fn main() {
    let _w = W(None); //~ E0282
}
