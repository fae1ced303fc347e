//@ reference: macro.hygiene.mixed-site
//@ compile-fail: E0425
// A local variable in a macro's output is resolved at the macro's definition: the caller's `x` is not
// the macro's `x`.
macro_rules! use_x {
    () => { x + 1 }; //~ E0425
}
fn main() {
    let x = 1;
    let _ = use_x!();
    let _ = x;
}
