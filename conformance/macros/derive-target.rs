//@ reference: expand.derive.syntax
//@ compile-fail: E0774
#[derive(Clone)] //~ E0774
fn f() {}
fn main() {
    f();
}
