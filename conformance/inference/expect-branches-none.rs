//@ reference: infer.expect.branches.none
//@ compile-fail: E0308
fn main() {
    let c = true;
    let _b = if c { Box::new(1) } else { Box::new("a") }; //~ E0308
}
