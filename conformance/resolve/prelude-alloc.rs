//@ reference: resolve.prelude.extern.alloc
//@ compile-fail: E0433
fn main() {
    let _v: alloc::vec::Vec<u8> = Vec::new(); //~ E0433
}
