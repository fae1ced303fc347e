//@ reference: resolve.path.qualifiers.dollar-crate
//@ run-pass
pub fn helper() -> i32 { 42 }
macro_rules! call { () => { $crate::helper() } }
mod elsewhere {
    fn helper() -> i32 { 0 }
    pub fn run() -> i32 { let _ = helper(); call!() }
}
fn main() { assert_eq!(elsewhere::run(), 42); }
