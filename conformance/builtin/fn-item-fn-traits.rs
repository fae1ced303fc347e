//@ reference: builtin.closure.fn-items
//@ run-pass
fn double(x: i32) -> i32 {
    x * 2
}
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
fn apply_mut<F: FnMut(i32) -> i32>(mut f: F, x: i32) -> i32 {
    f(x)
}
fn apply_once<F: FnOnce(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
fn main() {
    let p: fn(i32) -> i32 = double;
    assert_eq!(apply(double, 2) + apply_mut(p, 3) + apply_once(double, 4), 18);
}
