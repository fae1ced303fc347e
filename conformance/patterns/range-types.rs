//@ reference: pat.range.types
//@ compile-fail: E0029
fn main() {
    match "b" {
        "a"..="z" => {} //~ E0029
        _ => {}
    }
}
