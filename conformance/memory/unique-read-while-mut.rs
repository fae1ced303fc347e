//@ reference: memory.alias.unique
//@ compile-fail: E0503
// Reading the place directly, not through the live `&mut`, is rejected in safe code.
fn main() {
    let mut x = 1;
    let a = &mut x;
    let y = x + 1; //~ E0503
    *a = y;
}
