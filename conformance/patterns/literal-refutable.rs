//@ reference: pat.literal.refutable
//@ reference: pat.irrefutable.let
//@ compile-fail: E0005
fn main() {
    let 1 = 1u8; //~ E0005
}
