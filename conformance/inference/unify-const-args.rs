//@ reference: infer.unify.const-args
//@ compile-fail: E0308
fn main() {
    let _a: [u8; 3] = [1, 2]; //~ E0308
}
