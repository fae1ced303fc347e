//@ reference: infer.unify.coercion.unknown
//@ compile-fail: E0308
fn main() {
    let mut v = Vec::new();
    v.push(&[1, 2, 3]);
    v.push(&[1, 2]); //~ E0308
}
