//@ reference: borrowck.nll.liveness
//@ reference: borrowck.nll.drop-use
//@ check-pass
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    let copy = *first; // last use of `first`
    v.push(copy); // no conflict: the shared loan is no longer live
    let mut x = 1;
    let _r = &x; // in scope to the end, but a reference has no drop glue: going out of scope is no use
    x += 1;

    assert_eq!((v.len(), x), (3, 2));
}
