//@ reference: infer.var.body
//@ compile-fail: E0282
// Nothing flows between bodies: a later function's use does not fix this body's type.
fn make() -> usize {
    let v = Vec::new(); //~ E0282
    v.len()
}
fn main() {
    let _: Vec<u8> = Vec::new();
    make();
}
