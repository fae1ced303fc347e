//@ reference: borrowck.closure.outlive
//@ compile-fail: E0373
fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    || { //~ E0373
        n += 1;
        n
    }
}
fn main() {
    counter()();
}
