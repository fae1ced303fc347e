//@ reference: borrowck.move.uninit
//@ compile-fail: E0382
fn main() {
    let s = String::from("x");
    let t = s;
    println!("{s}"); //~ E0382
    drop(t);
}
