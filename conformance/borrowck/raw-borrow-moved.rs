//@ reference: borrowck.raw.moved
//@ compile-fail: E0382
fn main() {
    let s = String::from("x");
    let t = s;
    let p = &raw const s; //~ E0382
    let _ = (t, p);
}
