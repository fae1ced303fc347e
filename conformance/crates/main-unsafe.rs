//@ reference: crate.main-fn.signature.unsafe
//@ compile-fail: E0580
unsafe fn main() {} //~ E0580
