//@ reference: resolve.visibility.trait-impl-items
//@ compile-fail: E0449
trait T { fn f(); }
struct S;
impl T for S {
    pub fn f() {} //~ E0449
}
fn main() {}
