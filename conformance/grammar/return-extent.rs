//@ reference: grammar.expressions.prefix-extent
//@ run-pass
fn f() -> i32 {
    return 1 + 2; // returns 3, not (return 1) + 2
}
fn main() {
    let g = |x: i32| x * 2 + 1; // the body is `x * 2 + 1`
    assert_eq!((f(), g(3)), (3, 7));
}
