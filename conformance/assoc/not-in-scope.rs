//@ reference: assoc.scope
//@ compile-fail: E0599
mod hidden {
    pub trait Secret { fn secret(&self) -> u8 { 9 } }
    impl Secret for u8 {}
}
fn main() {
    1u8.secret(); //~ E0599
}
