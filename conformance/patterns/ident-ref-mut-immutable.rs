//@ reference: pat.ident.ref-mut
//@ compile-fail: E0596
fn main() {
    let v = 5;
    let ref mut r = v; //~ E0596
    *r += 1;
}
