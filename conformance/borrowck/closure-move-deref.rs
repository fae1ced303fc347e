//@ reference: borrowck.closure.move.deref
//@ compile-fail: E0382
// The path `(*r).0` is cut before the dereference: the reference `r` itself moves into the closure.
fn main() {
    let mut pair = (String::new(), String::new());
    let r = &mut pair;
    let mut push = move || r.0.push('x');
    push();
    r.1.push('y'); //~ E0382
}
