//@ reference: builtin.closure.fn-items.target-feature
//@ compile-fail: E0277
#[target_feature(enable = "sse2")]
fn f() {}
fn call<F: Fn()>(g: F) {
    g()
}
fn main() {
    call(f); //~ E0277
}
