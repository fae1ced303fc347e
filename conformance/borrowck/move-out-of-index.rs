//@ reference: borrowck.move.behind-reference
//@ compile-fail: E0507
fn main() {
    let v = vec![String::new()];
    let s = v[0]; //~ E0507
}
