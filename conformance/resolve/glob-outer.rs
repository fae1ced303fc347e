//@ reference: resolve.glob.outer
//@ compile-fail: E0659
mod helpers {
    pub mod m { pub fn f() {} }
}
mod m { pub fn f() {} }
fn main() {
    use helpers::*;
    use m::f; //~ E0659
    f();
}
