//@ reference: borrowck.closure.loans.exclusive
//@ compile-fail: E0499
fn main() {
    let mut log = Vec::new();
    let mut a = || log.push(1);
    let mut b = || log.push(2); //~ E0499
    a();
    b();
}
