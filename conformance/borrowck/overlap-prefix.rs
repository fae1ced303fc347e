//@ reference: borrowck.borrow.overlap
//@ compile-fail: E0502
struct P { a: (i32, i32) }
fn main() {
    let mut p = P { a: (1, 2) };
    let inner = &mut p.a.0;
    let whole = &p; //~ E0502
    *inner += 1;
    let _ = whole;
}
