//@ reference: resolve.glob.shadowing
//@ reference: resolve.glob.conflict
//@ run-pass
mod a { pub fn f() -> i32 { 1 } pub fn g() -> i32 { 3 } }
mod b { pub fn f() -> i32 { 2 } pub fn h() -> i32 { 4 } }
use a::*;
use b::*; // both globs import `f`: allowed while `f` is not used through them
fn g() -> i32 { 30 } // shadows the glob's `g`
fn main() {
    assert_eq!((g(), h()), (30, 4));
}
