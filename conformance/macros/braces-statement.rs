//@ reference: macro.invoke.braces-statement
//@ run-pass
// `unit! {} - 1` is two statements: the invocation, then the tail expression `- 1`;
// with parentheses, `unit!() - 1` would be one subtraction.
macro_rules! unit { () => { () } }
macro_rules! five { () => { 5 } }
fn f() -> i32 {
    unit! {} - 1
}
fn g() -> i32 {
    five!() - 1
}
fn main() {
    assert_eq!(f(), -1);
    assert_eq!(g(), 4);
}
