//@ reference: infer.ambig.e0282
//@ reference: infer.ambig.wildcard
//@ compile-fail: E0282
fn main() {
    let _ = Vec::new(); //~ E0282
}
