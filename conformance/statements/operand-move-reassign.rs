//@ reference: mir.operand
//@ run-pass
// A moved-out place may be used again once it has been reassigned; `copy` leaves the source usable.
fn main() {
    let mut s = String::from("a");
    let t = s;
    s = String::from("b");
    let n = 5u8;
    let m = n;
    assert_eq!((t.as_str(), s.as_str(), n, m), ("a", "b", 5, 5));
}
