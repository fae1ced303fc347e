//@ reference: resolve.use.restrictions
//@ compile-fail
//@ error: imports need to be explicitly named
use crate;
fn main() {}
