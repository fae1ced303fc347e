//@ reference: typeck.stmt.body
//@ compile-fail: E0308
fn f() {
    5 //~ E0308
}
fn main() {}
