//@ reference: crate.main-fn.signature.abi
//@ compile-fail: E0580
extern "C" fn main() {} //~ E0580
