//@ reference: borrowck.closure.unique
//@ reference: borrowck.closure.loans.exclusive
//@ compile-fail: E0501
fn main() {
    let mut flag = false;
    let r = &mut flag;
    let mut set = || *r = true;
    let shared = &r; //~ E0501
    set();
    let _ = shared;
}
