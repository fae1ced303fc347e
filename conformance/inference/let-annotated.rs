//@ reference: infer.let.annotated
//@ compile-fail: E0308
fn main() {
    let a: &[i32] = &[1, 2];
    let _b: &[i32; 2] = a; //~ E0308
}
