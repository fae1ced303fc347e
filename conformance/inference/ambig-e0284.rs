//@ reference: infer.ambig.e0284
//@ compile-fail: E0284
fn main() {
    let _x = "5".parse().unwrap(); //~ E0284
}
