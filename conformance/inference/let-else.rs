//@ reference: infer.let.else
//@ compile-fail: E0308
fn main() {
    let opt = Some(1);
    let Some(_x) = opt else { 0 }; //~ E0308
}
