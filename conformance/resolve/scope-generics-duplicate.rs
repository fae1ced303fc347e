//@ reference: resolve.scope.generics.duplicate
//@ compile-fail: E0403
struct S<T>(T);
impl<T> S<T> {
    fn f<T>() {} //~ E0403
}
fn main() {}
