//@ reference: borrowck.closure.loans.exclusive
//@ compile-fail: E0505
fn main() {
    let mut log = Vec::new();
    let mut add = || log.push(1);
    let taken = log; //~ E0505
    add();
    drop(taken);
}
