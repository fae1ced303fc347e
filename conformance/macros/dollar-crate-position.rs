//@ reference: macro.hygiene.dollar-crate
//@ compile-fail: E0433
//@ error: `$crate` in paths can only be used in start position
macro_rules! bad { () => { std::$crate::x() } }
fn main() { bad!(); }
