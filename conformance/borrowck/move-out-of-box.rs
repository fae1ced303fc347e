//@ reference: borrowck.move.behind-reference
//@ check-pass
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b; // a `Box` may be moved out of
    let v = vec![1, 2];
    let r = &v;
    let n = r[0]; // copying through a reference is fine
    assert_eq!((s.as_str(), n), ("boxed", 1));
}
