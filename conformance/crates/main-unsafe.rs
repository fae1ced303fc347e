//@ reference: crate.main-fn.signature
//@ compile-fail: E0580
unsafe fn main() {} //~ E0580
