//@ reference: infer.generic.type-position
//@ compile-fail: E0107
fn main() {
    let _v: Vec = Vec::new(); //~ E0107
}
