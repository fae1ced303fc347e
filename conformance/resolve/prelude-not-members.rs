//@ reference: resolve.prelude.not-members
//@ compile-fail: E0425
fn main() {
    let _v: crate::Vec<u8> = Vec::new(); //~ E0425
}
