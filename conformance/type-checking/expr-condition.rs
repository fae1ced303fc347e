//@ reference: typeck.expr.operands
//@ compile-fail: E0308
fn main() {
    if 1 {} //~ E0308
}
