//@ reference: borrowck.closure.loans.shared
//@ compile-fail: E0506
fn main() {
    let mut name = String::from("a");
    let len = || name.len();
    name = String::from("b"); //~ E0506
    len();
}
