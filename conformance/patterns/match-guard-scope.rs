//@ reference: pat.match.guard.scope
//@ compile-fail: E0425
fn main() {
    match Some(1) {
        Some(x) => {}
        None => drop(x), //~ E0425
    }
}
