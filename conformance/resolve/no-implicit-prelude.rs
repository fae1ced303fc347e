//@ reference: resolve.prelude.no-implicit
//@ compile-fail: E0433
#![no_implicit_prelude]
fn main() {
    let v = Vec::<i32>::new(); //~ E0433
}
