//@ reference: pat.let-else.scope
//@ compile-fail: E0425
fn main() {
    let Some(x) = Some(1) else {
        panic!("{}", x) //~ E0425
    };
}
