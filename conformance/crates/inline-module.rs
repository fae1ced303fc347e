//@ reference: crate.modules.inline
//@ run-pass
mod outer {
    #![allow(dead_code)] // an inner attribute of the inline module
    pub fn one() -> i32 { 1 }
}
fn main() {
    mod local { pub fn two() -> i32 { 2 } } // an inline module in a block
    assert_eq!(outer::one() + local::two(), 3);
}
