//@ reference: expand.process.order-independence
//@ compile-fail: E0659
// The invocation `m!()` could resolve to the outer `m` or to the `m` that an expansion introduces;
// the result would depend on the order of expansion, so the program is rejected.
macro_rules! m { () => { 1 } }
macro_rules! define_m { () => { macro_rules! m { () => { 2 } } } }
define_m!();
fn main() {
    let _ = m!(); //~ E0659
}
