//@ reference: borrowck.closure.unique
//@ check-pass
// `r` is not `mut`, yet the closure may assign through it: `r` is captured by unique immutable borrow.
fn main() {
    let mut flag = false;
    let r = &mut flag;
    let mut set = || *r = true;
    set();
    let _again = &r; // after the last use of `set`
    assert!(flag);
}
