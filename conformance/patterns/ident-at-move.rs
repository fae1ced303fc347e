//@ reference: pat.ident.at-copy
//@ compile-fail: E0382
fn main() {
    let pair = (String::new(), 1);
    match pair {
        whole @ (s, _) => drop((whole, s)), //~ E0382
    }
}
