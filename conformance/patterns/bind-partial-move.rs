//@ reference: pat.bind.modes.partial
//@ compile-fail: E0382
fn main() {
    let pair = (String::from("a"), String::from("b"));
    let (first, _) = pair;
    drop(pair); //~ E0382
    drop(first);
}
