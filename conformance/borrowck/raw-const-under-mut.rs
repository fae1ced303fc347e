//@ reference: borrowck.raw.conflict
//@ reference: borrowck.raw.intro
//@ compile-fail: E0502
fn main() {
    let mut x = 5;
    let r = &mut x;
    let p = &raw const x; //~ E0502
    *r += 1;
    let _ = p;
}
