//@ reference: expr.overview
//@ reference: expr.eval.outcome
//@ reference: expr.eval.order
//@ reference: expr.eval.assign
//@ reference: expr.eval.compound-assign
//@ reference: expr.call-expr.eval
//@ reference: expr.call-expr.method
//@ run-pass
//@ stdout: a b c
//@ stdout: value place
//@ stdout: recv arg
use std::cell::RefCell;
thread_local!(static LOG: RefCell<Vec<&'static str>> = RefCell::new(Vec::new()));
fn log<T>(s: &'static str, v: T) -> T {
    LOG.with(|l| l.borrow_mut().push(s));
    v
}
fn flush() {
    LOG.with(|l| println!("{}", l.borrow_mut().drain(..).collect::<Vec<_>>().join(" ")));
}
struct S;
impl S {
    fn m(&self, _: i32) {}
}
fn main() {
    let _ = log("a", 1) + log("b", 2) * log("c", 3);
    flush();
    let mut arr = [0; 2];
    arr[log("place", 0)] = log("value", 5);
    flush();
    log("recv", &S).m(log("arg", 1));
    flush();
    let mut n = 1u8;
    n += { n *= 2; n }; // built-in `+=`: the right operand is evaluated first
    assert_eq!((arr[0], n), (5, 4));
}
