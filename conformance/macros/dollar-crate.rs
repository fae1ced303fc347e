//@ reference: macro.hygiene.dollar-crate
//@ run-pass
// `$crate` names the defining crate's root, even where the invocation site shadows the path.
pub fn helper() -> u8 { 1 }
macro_rules! call { () => { $crate::helper() } }
mod inner {
    #[allow(dead_code)]
    pub fn helper() -> u8 { 2 }
    pub fn run() -> u8 { call!() }
}
fn main() {
    assert_eq!(inner::run(), 1);
}
