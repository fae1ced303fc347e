//@ reference: infer.fallback.int
//@ compile-fail: E0308
fn main() {
    let x = 1;
    let _: f32 = x; //~ E0308
}
