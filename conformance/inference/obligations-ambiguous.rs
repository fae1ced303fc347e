//@ reference: infer.unify.obligations
//@ compile-fail: E0283
fn main() {
    let total = [1, 2, 3].iter().sum(); //~ E0283
    println!("{}", total);
}
