//@ reference: expand.cfg.predicate
//@ compile-fail: E0537
// A configuration predicate has one of the listed forms; `either(...)` is none of them.
#[cfg(either(unix, windows))] //~ E0537
fn f() {}
fn main() {}
