//@ reference: resolve.path.self-last
//@ compile-fail: E0429
use std::fmt::self; //~ E0429
use std::fmt::{self as formatting};
fn main() {}
