//@ reference: resolve.visibility.use-private
//@ compile-fail: E0603
mod m { fn p() {} }
use m::p; //~ E0603
fn main() {}
