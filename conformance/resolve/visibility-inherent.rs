//@ reference: resolve.visibility.inherent-items
//@ compile-fail: E0624
mod m {
    pub struct S;
    impl S { fn f(&self) {} }
}
fn main() {
    m::S.f(); //~ E0624
}
