//@ reference: borrowck.closure.edition2021
//@ edition: 2018
//@ compile-fail: E0502
struct P { a: Vec<i32>, b: Vec<i32> }
fn main() {
    let mut p = P { a: vec![], b: vec![] };
    let mut add = || p.a.push(1); // before 2021: captures all of `p`
    let b = &p.b; //~ E0502
    add();
    let _ = b;
}
