//@ reference: resolve.hygiene.locals
//@ compile-fail: E0425
macro_rules! declare { () => { let x = 1; } }
fn main() {
    declare!();
    let _ = x; //~ E0425
}
