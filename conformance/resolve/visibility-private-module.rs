//@ reference: resolve.visibility.private-module
//@ compile-fail: E0603
mod m {
    mod inner { pub fn f() {} }
    pub fn ok() { inner::f(); }
}
fn main() {
    m::ok();
    m::inner::f(); //~ E0603
}
