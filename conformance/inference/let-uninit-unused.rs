//@ reference: infer.let.uninit.unused
//@ compile-fail: E0282
fn main() {
    let _x; //~ E0282
}
