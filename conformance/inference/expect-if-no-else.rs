//@ reference: infer.expect.if-no-else
//@ compile-fail: E0317
fn main() {
    let c = true;
    let _x = if c { 1 }; //~ E0317
}
