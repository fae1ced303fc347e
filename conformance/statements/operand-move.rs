//@ reference: mir.operand
//@ compile-fail: E0382
// After `move p` the place is treated as uninitialised: it cannot be read again before it is reassigned.
fn main() {
    let s = String::from("a");
    let t = s;
    let u = s; //~ E0382
    let _ = (t, u);
}
