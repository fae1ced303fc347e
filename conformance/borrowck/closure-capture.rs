//@ reference: borrowck.closure.places
//@ reference: borrowck.closure.mode
//@ reference: borrowck.closure.loans
//@ reference: borrowck.closure.edition2021
//@ check-pass
struct P { a: String, b: String }
fn main() {
    let mut p = P { a: String::from("a"), b: String::from("b") };
    let mut add = || p.a.push('!'); // captures only `p.a`, by mutable reference
    let b = &p.b; // disjoint from the capture
    add();
    let take = move || p.a.len(); // moves `p.a` only
    assert_eq!((take(), b.as_str()), (2, "b"));
    let n = 5;
    let read = || n + 1; // by shared reference
    let m = &n;
    assert_eq!(read() + *m, 11);
}
