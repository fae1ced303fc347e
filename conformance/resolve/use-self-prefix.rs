//@ reference: resolve.use.forms.self-prefix
//@ compile-fail: E0432
mod m { pub fn f() {} }
use m::f::{self}; //~ E0432
fn main() {}
