//@ reference: borrowck.move.loop
//@ compile-fail: E0382
fn main() {
    let s = String::new();
    for _ in 0..2 {
        drop(s); //~ E0382
    }
}
