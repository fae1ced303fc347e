//@ reference: pat.range.empty-exclusive
//@ compile-fail: E0579
fn main() {
    match 3 {
        5..5 => {} //~ E0579
        _ => {}
    }
}
