//@ reference: borrowck.raw.mut-place
//@ compile-fail: E0596
fn main() {
    let x = 5;
    let p = &raw mut x; //~ E0596
    let _ = p;
}
