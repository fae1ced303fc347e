//@ reference: resolve.path.module-generic-args
//@ compile-fail: E0109
fn main() {
    std::<u8>::mem::drop(1); //~ E0109
}
