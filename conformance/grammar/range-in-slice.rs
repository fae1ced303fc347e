//@ reference: grammar.patterns.range-in-slice
//@ compile-fail: E0658
fn main() {
    let a = [1u8, 2];
    match a {
        [5.., _] => {}
        _ => {}
    }
}
