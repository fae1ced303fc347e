//@ reference: infer.expect.array
//@ compile-fail: E0308
fn main() {
    let _a = [&1, &"x"]; //~ E0308
}
