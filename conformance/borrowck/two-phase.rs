//@ reference: borrowck.two-phase.intro
//@ reference: borrowck.two-phase.sites
//@ check-pass
fn main() {
    let mut v = vec![1, 2];
    v.push(v.len()); // `&mut v` is reserved, then `v.len()` reads `v`, then the push activates it
    let mut n = 3;
    n += n; // built-in compound assignment
    let mut s = std::num::Wrapping(2);
    s += s; // compound assignment through `AddAssign`
    assert_eq!((v, n, s.0), (vec![1, 2, 2], 6, 4));
}
