//@ reference: pat.range.empty-inclusive
//@ compile-fail: E0030
fn main() {
    match 3 {
        5..=1 => {} //~ E0030
        _ => {}
    }
}
