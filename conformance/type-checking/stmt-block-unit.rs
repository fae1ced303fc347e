//@ reference: typeck.stmt.expr
//@ compile-fail: E0308
fn main() {
    if true { 1 } else { 2 } //~ E0308
    let _ = 0;
}
