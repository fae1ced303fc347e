//@ reference: infer.var.placeholder.cast
//@ compile-fail: E0282
fn main() {
    let _x = 1u32 as _; //~ E0282
}
