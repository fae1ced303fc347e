//@ reference: builtin.copy.user
//@ compile-fail: E0204
#[derive(Clone)]
struct S(String);
impl Copy for S {} //~ E0204
fn main() {}
