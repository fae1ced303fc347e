//@ reference: infer.op.lazy
//@ compile-fail: E0308
fn main() {
    let _b = 1 && true; //~ E0308
}
