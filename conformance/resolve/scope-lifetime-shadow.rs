//@ reference: resolve.scope.lifetime-shadow
//@ compile-fail: E0496
struct S<'a>(&'a u8);
impl<'a> S<'a> {
    fn f<'a>(&self) {} //~ E0496
}
fn main() {}
