//@ reference: pat.let-else.diverge
//@ compile-fail: E0308
fn main() {
    let Some(x) = Some(1) else { 0 }; //~ E0308
}
