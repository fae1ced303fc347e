//@ reference: pat.exhaustive.values.opaque
//@ check-pass
fn main() {
    match "s" {
        "a" => {}
        _other => {}
    }
}
