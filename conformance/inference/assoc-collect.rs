//@ reference: infer.assoc.collect
//@ reference: infer.ambig.e0283
//@ compile-fail: E0283
fn main() {
    let v = [1u32, 2];
    let _s = v.iter().sum(); //~ E0283
}
