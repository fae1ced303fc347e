//@ reference: borrowck.move.partial.whole
//@ compile-fail: E0382
fn main() {
    let pair = (String::new(), String::new());
    let first = pair.0;
    let again = &pair; //~ E0382
    drop(first);
}
