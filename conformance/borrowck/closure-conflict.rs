//@ reference: borrowck.closure.loans
//@ reference: borrowck.closure.loans.exclusive
//@ compile-fail: E0502
fn main() {
    let mut v = vec![1];
    let mut push = || v.push(2);
    let len = v.len(); //~ E0502
    push();
}
