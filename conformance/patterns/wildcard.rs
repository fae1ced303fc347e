//@ reference: pat.wildcard.intro
//@ reference: pat.wildcard.no-access
//@ reference: pat.wildcard.irrefutable
//@ run-pass
fn main() {
    let s = String::from("kept");
    let _ = s; // not moved
    match s {
        _ => {}
    }
    let (_, b) = (String::from("x"), 2);
    let r = &s; // still usable
    assert_eq!((r.as_str(), b), ("kept", 2));
    let mut v = vec![1];
    let borrow = &mut v;
    let _ = v; // no read, no conflict with the live mutable borrow
    borrow.push(2);
    assert_eq!(v.len(), 2);
}
