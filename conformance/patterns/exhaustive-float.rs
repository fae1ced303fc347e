//@ reference: pat.exhaustive.values.opaque
//@ compile-fail: E0004
fn main() {
    match 1.0f64 { //~ E0004
        f64::MIN..=f64::MAX => {}
    }
}
