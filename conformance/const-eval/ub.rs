//@ reference: const-eval.eval.ub
//@ compile-fail: E0080
const X: u8 = unsafe { *(std::ptr::dangling::<u8>()) }; //~ E0080
fn main() {}
