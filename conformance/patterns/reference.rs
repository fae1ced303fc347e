//@ reference: pat.ref.shared
//@ reference: pat.ref.mut
//@ reference: pat.ref.irrefutable
//@ run-pass
fn main() {
    let &x = &5;
    let &mut y = &mut 6;
    let &(a, b) = &(1, 2);
    let v = vec![&1, &2];
    let total: i32 = v.iter().map(|&&n| n).sum();
    assert_eq!((x, y, a, b, total), (5, 6, 1, 2, 3));
    assert!(matches!(&Some(1), &Some(1)));
}
