//@ reference: resolve.hygiene.locals
//@ compile-fail: E0425
macro_rules! read { () => { y } } //~ E0425
fn main() {
    let y = 1;
    let _ = read!();
}
