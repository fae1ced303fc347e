//@ reference: borrowck.closure.mode
//@ compile-fail: E0382
fn main() {
    let s = String::new();
    let f = move || s.len();
    let t = s; //~ E0382
    f();
}
