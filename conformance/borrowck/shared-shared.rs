//@ reference: borrowck.borrow.conflict
//@ reference: borrowck.borrow.overlap
//@ reference: borrowck.borrow.conflict.shared
//@ check-pass
struct P { a: i32, b: i32 }
fn main() {
    let x = 1;
    let (r1, r2) = (&x, &x);
    let mut p = P { a: 1, b: 2 };
    let pa = &mut p.a;
    let pb = &mut p.b; // distinct fields do not overlap
    *pa += *pb;
    let mut t = (1, 2);
    let (t0, t1) = (&mut t.0, &t.1);
    *t0 += *t1;
    assert_eq!((*r1 + *r2, p.a, t.0), (2, 3, 3));
}
