//@ reference: memory.alias.unique
//@ compile-fail: E0499
// In safe code the borrow checker enforces the rule: a second `&mut` cannot be used while the first is live.
// Violations through raw pointers are undefined behaviour that rustc does not detect.
fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = &mut x; //~ E0499
    *a += 1;
    *b += 1;
}
