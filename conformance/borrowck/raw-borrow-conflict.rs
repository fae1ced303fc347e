//@ reference: borrowck.raw.conflict
//@ compile-fail: E0502
fn main() {
    let mut x = 5;
    let r = &x;
    let p = &raw mut x; //~ E0502
    let _ = (*r, p);
}
