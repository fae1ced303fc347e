//@ reference: borrowck.borrow.outlive
//@ compile-fail: E0597
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ E0597
    }
    println!("{r}");
}
