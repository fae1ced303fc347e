//@ reference: builtin.closure.fn-items.abi
//@ compile-fail: E0277
extern "C" fn f() {}
fn call<F: Fn()>(g: F) {
    g()
}
fn main() {
    call(f); //~ E0277
}
