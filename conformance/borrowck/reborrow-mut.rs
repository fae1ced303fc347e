//@ reference: borrowck.reborrow.mut
//@ compile-fail: E0503
fn main() {
    let mut x = 1;
    let r = &mut x;
    let re = &mut *r;
    let y = *r; //~ E0503
    *re += y;
}
