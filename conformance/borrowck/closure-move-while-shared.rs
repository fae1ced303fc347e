//@ reference: borrowck.closure.loans.shared
//@ compile-fail: E0505
fn main() {
    let name = String::from("a");
    let len = || name.len();
    let moved = name; //~ E0505
    len();
    drop(moved);
}
