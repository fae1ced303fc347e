//@ reference: resolve.scope.items-in-functions
//@ compile-fail: E0401
fn outer<T>() {
    fn inner(_: T) {} //~ E0401
}
fn main() {}
