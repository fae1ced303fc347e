//@ reference: pat.ref.mutability
//@ compile-fail: E0308
fn main() {
    let &mut x = &5; //~ E0308
}
