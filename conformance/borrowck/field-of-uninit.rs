//@ reference: borrowck.move.uninit-field
//@ compile-fail: E0381
struct P { a: i32, b: i32 }
fn main() {
    let p: P;
    p.a = 1; //~ E0381
}
