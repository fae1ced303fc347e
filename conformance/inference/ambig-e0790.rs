//@ reference: infer.ambig.e0790
//@ compile-fail: E0790
fn main() {
    let _x = Default::default(); //~ E0790
}
