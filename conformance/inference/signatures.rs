//@ reference: infer.var.signatures
//@ compile-fail: E0121
fn double(x: i32) -> _ { //~ E0121
    x * 2
}
fn main() {}
