//@ reference: borrowck.borrow.conflict.shared
//@ reference: borrowck.borrow.outlive
//@ compile-fail: E0505
fn main() {
    let s = String::new();
    let r = &s;
    let t = s; //~ E0505
    println!("{r}");
    drop(t);
}
