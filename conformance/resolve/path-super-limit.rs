//@ reference: resolve.path.super-limit
//@ compile-fail: E0433
fn f() {
    super::f(); //~ E0433
}
fn main() { f(); }
