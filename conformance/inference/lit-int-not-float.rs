//@ reference: infer.lit.float
//@ compile-fail: E0308
fn main() {
    let _x: f64 = 1; //~ E0308
}
