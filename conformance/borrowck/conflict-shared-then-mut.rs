//@ reference: borrowck.borrow.conflict.shared
//@ compile-fail: E0502
fn main() {
    let mut scores = vec![1, 2, 3];
    let first = &scores[0];
    scores.push(4); //~ E0502
    println!("{first}");
}
