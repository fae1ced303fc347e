//@ reference: resolve.macro.no-path
//@ compile-fail: E0433
macro_rules! m { () => { 1 } }
fn main() {
    let _ = m!();
    let _ = self::m!(); //~ E0433
}
