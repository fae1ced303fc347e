//@ reference: infer.var.int-kind
//@ reference: infer.expect.branches.none
//@ compile-fail: E0308
fn main() {
    let c = true;
    let _x = if c { 1 } else { 1.0 }; //~ E0308
}
