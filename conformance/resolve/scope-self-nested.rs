//@ reference: resolve.scope.self-type-nested
//@ compile-fail: E0401
struct S;
impl S {
    fn f() {
        fn g() -> Self { todo!() } //~ E0401
    }
}
fn main() {}
