//@ reference: grammar.expressions.struct-restriction
//@ compile-fail
//@ error: struct literals are not allowed here
struct S {
    x: i32,
}
fn main() {
    if S { x: 1 }.x == 1 {}
}
