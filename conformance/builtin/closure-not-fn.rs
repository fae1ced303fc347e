//@ reference: builtin.closure.traits
//@ compile-fail: E0507
fn call<F: Fn()>(f: F) { f() }
fn main() {
    let s = String::new();
    call(move || drop(s)); //~ E0507
}
