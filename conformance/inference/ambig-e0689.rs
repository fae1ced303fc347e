//@ reference: infer.ambig.e0689
//@ compile-fail: E0689
fn main() {
    let _x = 2.0.powi(2); //~ E0689
}
