//@ reference: resolve.glob.same-entity
//@ reference: resolve.glob.prelude
//@ reference: resolve.glob.enum
//@ reference: resolve.glob.block
//@ check-pass
mod a { pub fn f() {} }
mod b { pub use crate::a::f; }
use a::*;
use b::*; // the same `f`: no conflict
mod types { pub struct Option; }
use types::*;
#[derive(PartialEq)]
enum Answer { Ok, Err }
fn main() {
    f();
    let _: Option = Option; // the glob-imported struct, not the prelude's `Option`
    {
        use Answer::*; // `Ok` and `Err` in this block are variants of `Answer`
        let _ = Ok == Err;
    }
    let _: Result<u8, ()> = Ok(1); // outside the block, the prelude's
}
