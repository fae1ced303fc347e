//@ reference: borrowck.raw.conflict
//@ check-pass
fn main() {
    let x = 5;
    let r = &x;
    let p = &raw const x;
    let _ = (*r, p);
}
