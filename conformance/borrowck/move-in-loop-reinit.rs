//@ reference: borrowck.move.loop
//@ check-pass
fn main() {
    let mut s = String::from("a");
    for i in 0..3 {
        drop(s);
        s = i.to_string();
    }
    assert_eq!(s, "2");
}
