//@ reference: typeck.bounds.ambiguity
//@ compile-fail: E0284
fn main() {
    let x = "5".parse().unwrap(); //~ E0284
    println!("{x}");
}
