//@ reference: dyn.coerce.drop-auto
//@ compile-fail: E0308
fn main() {
    let b: Box<dyn std::fmt::Debug> = Box::new(1);
    let s: Box<dyn std::fmt::Debug + Send> = b; //~ E0308
}
