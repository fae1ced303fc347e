//@ reference: builtin.closure.fn-items.unsafe
//@ compile-fail: E0277
unsafe fn f() {}
fn call<F: Fn()>(g: F) {
    g()
}
fn main() {
    call(f); //~ E0277
}
