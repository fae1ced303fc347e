//@ reference: infer.unify.occurs
//@ compile-fail: E0275
// The occurs check: `x: Option<T>` would need `T = Option<T>`, an infinite type.
fn main() {
    let mut x = None;
    x = Some(x);
}
