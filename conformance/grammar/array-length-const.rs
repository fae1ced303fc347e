//@ reference: grammar.expressions.kinds
//@ compile-fail: E0015
fn n() -> usize { 2 }
fn main() {
    let _ = [0u8; n()]; //~ E0015
}
