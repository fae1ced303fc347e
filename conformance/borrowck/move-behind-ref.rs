//@ reference: borrowck.move.behind-reference
//@ compile-fail: E0507
fn main() {
    let v = vec![String::new()];
    let r = &v;
    let s = r[0].clone();
    let moved = *r; //~ E0507
    drop((s, moved));
}
