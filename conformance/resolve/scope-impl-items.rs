//@ reference: resolve.scope.impl-items
//@ compile-fail: E0425
struct S;
impl S {
    fn helper() {}
    fn run() {
        Self::helper();
        helper(); //~ E0425
    }
}
fn main() { S::run(); }
