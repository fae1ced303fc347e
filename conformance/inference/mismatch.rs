//@ reference: infer.unify.mismatch
//@ compile-fail: E0308
fn main() {
    let mut v = Vec::new();
    v.push(1u8);
    v.push("text"); //~ E0308
}
