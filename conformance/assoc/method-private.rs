//@ reference: assoc.method.visibility
//@ compile-fail: E0624
mod m {
    pub struct S;
    impl S { fn hidden(&self) {} }
}
fn main() {
    m::S.hidden(); //~ E0624
}
