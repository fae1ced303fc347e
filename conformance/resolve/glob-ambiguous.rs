//@ reference: resolve.glob.conflict
//@ compile-fail: E0659
mod a { pub fn f() {} }
mod b { pub fn f() {} }
use a::*;
use b::*;
fn main() {
    f(); //~ E0659
}
