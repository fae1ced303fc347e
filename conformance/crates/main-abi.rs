//@ reference: crate.main-fn.signature
//@ compile-fail: E0580
extern "C" fn main() {} //~ E0580
