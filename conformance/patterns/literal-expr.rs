//@ reference: pat.literal.negative
//@ compile-fail
//@ error: expected a pattern
fn main() {
    match 3 {
        1 + 2 => {}
        _ => {}
    }
}
