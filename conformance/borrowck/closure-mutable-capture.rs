//@ reference: borrowck.closure.mode.mutable
//@ compile-fail: E0594
fn main() {
    let count = 0;
    let mut bump = || count += 1; //~ E0594
    bump();
}
