//@ reference: infer.closure.monomorphic
//@ compile-fail: E0308
fn main() {
    let id = |x| x;
    id(1u8);
    id("a"); //~ E0308
}
