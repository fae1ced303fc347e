//@ reference: borrowck.closure.fn-once
//@ compile-fail: E0507
fn call_twice<F: FnMut()>(mut f: F) {
    f();
    f();
}
fn main() {
    let s = String::from("once");
    call_twice(move || drop(s)); //~ E0507
}
