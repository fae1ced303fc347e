//@ reference: infer.unify.mismatch
//@ compile-fail: E0308
fn main() {
    let mut v = Vec::new();
    v.push(1u8);
    let _: Option<u8> = v; //~ E0308
}
