//@ reference: pat.ident.unique
//@ compile-fail: E0416
fn main() {
    let (a, a) = (1, 2); //~ E0416
}
