//@ reference: borrowck.closure.loans.shared
//@ reference: borrowck.closure.loans
//@ check-pass
// Reads and shared borrows do not conflict with a shared capture, and once the closure is no longer
// used the place is free again.
fn main() {
    let mut name = String::from("a");
    let len = || name.len();
    let r = &name;
    let n = len() + r.len();
    name.push('b');
    assert_eq!(n, 2);
}
