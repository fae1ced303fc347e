//@ reference: pat.ref.move
//@ compile-fail: E0507
fn main() {
    let pair = (String::new(), 1);
    let &(s, n) = &pair; //~ E0507
}
