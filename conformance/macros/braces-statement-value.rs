//@ reference: macro.invoke.braces-statement
//@ compile-fail: E0308
// The braced invocation is a statement, so its expansion `5` is an expression statement of type `i32`.
macro_rules! five { () => { 5 } } //~ E0308
fn f() -> i32 {
    five! {} - 1
}
fn main() { let _ = f(); }
