//@ reference: grammar.patterns.range-in-slice
//@ check-pass
fn main() {
    let a = [7u8, 2];
    match a {
        [(5..), _] => {}
        _ => {}
    }
}
