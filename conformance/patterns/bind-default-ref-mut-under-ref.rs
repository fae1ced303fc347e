//@ reference: pat.bind.default.ref-mut
//@ compile-fail: E0594
fn main() {
    let mut value = (1, 2);
    let outer = &&mut value;
    let (a, _) = outer;
    *a = 5; //~ E0594
}
