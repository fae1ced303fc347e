//@ reference: macro.fragment.block
//@ compile-fail
//@ error: an inner attribute is not permitted in this context
// A `block` fragment has no inner attributes.
macro_rules! b {
    ($b:block) => { $b };
}
fn main() {
    let _x = b!({ #![allow(unused)] 1 });
}
