//@ reference: abi.string.unknown
//@ compile-fail: E0703
extern "pascal" fn f() {} //~ E0703
fn main() {}
