//@ reference: infer.unify.occurs
//@ compile-fail: E0275
fn main() {
    let mut x = None;
    x = Some(x);
}
