//@ reference: infer.var.int-kind
//@ compile-fail: E0308
fn main() {
    let n = 1;
    let _: bool = n; //~ E0308
}
