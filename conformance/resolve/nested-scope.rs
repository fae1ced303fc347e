//@ reference: resolve.scope.nested-module
//@ compile-fail: E0425
fn outer() {}
mod m {
    pub fn g() {
        outer(); //~ E0425
    }
}
fn main() {}
