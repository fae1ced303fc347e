//@ reference: lex.keyword.weak
//@ compile-fail: E0262
fn f<'static>() {} //~ E0262
fn main() {}
