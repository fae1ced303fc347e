//@ reference: pat.or.intro
//@ reference: pat.or.order
//@ reference: pat.or.nested
//@ reference: pat.or.top-level
//@ reference: pat.or.irrefutable
//@ reference: pat.paren
//@ reference: pat.match.alternatives
//@ run-pass
enum E { A(i32), B(i32) }
fn value((E::A(v) | E::B(v)): E) -> i32 { v }
fn main() {
    assert_eq!(value(E::A(1)) + value(E::B(2)), 3);
    let (Ok(x) | Err(x)) = Ok::<i32, i32>(4);
    assert!(matches!(Some(2), Some(1 | 2)));
    let r = match 3 { | 1 | 3 => "odd", _ => "other" };
    // The first alternative that matches gives the bindings.
    let ((first, _) | (_, first)) = (5, 6);
    let (n) = 7;
    assert_eq!((x, r, first, n), (4, "odd", 5, 7));
    if let Some(1) | None = Some(1) {} else { panic!() }
}
