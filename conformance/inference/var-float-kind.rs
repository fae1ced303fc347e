//@ reference: infer.var.float-kind
//@ compile-fail: E0308
fn main() {
    let f = 2.5;
    let _: u32 = f; //~ E0308
}
