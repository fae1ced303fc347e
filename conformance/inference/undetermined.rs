//@ reference: infer.intro
//@ reference: infer.fallback.error
//@ compile-fail: E0282
fn main() {
    let v = Vec::new(); //~ E0282
    let _ = v.len();
}
