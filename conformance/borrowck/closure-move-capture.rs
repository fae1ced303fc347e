//@ reference: borrowck.closure.mode
//@ reference: borrowck.closure.move
//@ compile-fail: E0382
fn main() {
    let s = String::new();
    let f = move || s.len();
    let t = s; //~ E0382
    f();
}
