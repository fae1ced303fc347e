//@ reference: abi.extern-block.intro
//@ compile-fail: E0130
// A pattern other than an identifier or `_` cannot name a foreign function's parameter.
unsafe extern "C" {
    fn pair((a, b): (i32, i32)); //~ E0130
}
fn main() {}
