//@ reference: infer.unify.coercion
//@ check-pass
fn main() {
    let array = &[1, 2, 3];
    let slice: &[i32] = array; // expected type known: unsizing coercion
    let mut v: Vec<&[i32]> = Vec::new();
    v.push(&[1, 2, 3]);
    v.push(&[1, 2]);
    let _ = (slice, v);
}
